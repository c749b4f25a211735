/** Webhook subscriptions, read-only here (their secret never shows); the webhooks API manages them. */
import { webhookModel } from "@/features/webhooks/model";
import { defineAdmin } from "@/lib/admin/define";

export const webhookSubscriptionsAdmin = defineAdmin({
  slug: "webhook-subscriptions",
  title: "Webhook subscriptions",
  singular: "webhook subscription",
  group: "System",
  model: webhookModel,
  describe: (hook) => hook.url,
  list: {
    columns: ["url", "event_types", "is_active", "created_at"],
    search: ["url", "description"],
    filters: [{ kind: "boolean", name: "is_active", label: "Active" }],
  },
});
