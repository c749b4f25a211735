/** Each webhook delivery attempt log, read-only. */
import { webhookDeliveryModel } from "@/features/webhooks/model";
import { defineAdmin } from "@/lib/admin/define";

export const webhookDeliveriesAdmin = defineAdmin({
  slug: "webhook-deliveries",
  title: "Webhook deliveries",
  singular: "webhook delivery",
  group: "System",
  model: webhookDeliveryModel,
  describe: (delivery) => `${delivery.eventType} → ${delivery.subscriptionId}`,
  list: {
    columns: ["created_at", "event_type", "status", "attempts", "response_status", "subscription_id"],
    search: ["event_type", "error"],
    filters: [{ kind: "choice", name: "status" }, { kind: "ref", name: "subscription_id", label: "Subscription id" }, { kind: "date-range", name: "created_at", label: "When" }],
  },
});
