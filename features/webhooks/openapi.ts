/** The webhook routes in the OpenAPI document: the schemas their handlers parse with. */
import { z } from "zod";
import { endpoint, paginated, type OpenAPIRegistry } from "@/lib/api/openapi";
import { PageQuery } from "@/lib/api/pagination";
import { CreateWebhookInput, DeliveryDto, WebhookDto } from "./schemas";

const IdParams = z.object({ id: z.string().meta({ description: "The row's id (UUID)." }) });

export function registerWebhookRoutes(registry: OpenAPIRegistry): void {
  const tag = "Admin: webhooks";
  const Webhook = WebhookDto.meta({ id: "Webhook" });
  const Delivery = DeliveryDto.meta({ id: "WebhookDelivery" });
  endpoint(registry, { method: "get", path: "/api/v1/admin/webhooks", tag, access: "admin", summary: "List webhook subscriptions", query: PageQuery, response: paginated(Webhook, "WebhookPage") });
  endpoint(registry, { method: "post", path: "/api/v1/admin/webhooks", tag, access: "admin", summary: "Subscribe a URL to events (signed with HMAC-SHA256)", body: CreateWebhookInput, response: Webhook });
  endpoint(registry, {
    method: "get",
    path: "/api/v1/admin/webhooks/{id}/deliveries",
    tag,
    access: "admin",
    summary: "A subscription's delivery log",
    params: IdParams,
    query: PageQuery,
    response: paginated(Delivery, "WebhookDeliveryPage"),
  });
  endpoint(registry, {
    method: "post",
    path: "/api/v1/admin/webhooks/deliveries/{id}/redeliver",
    tag,
    access: "admin",
    summary: "Send a delivery again",
    status: 202,
    params: IdParams,
    response: Delivery,
  });
}
