import { z } from "zod";

const EventType = z
  .string()
  .trim()
  .regex(/^[a-z_]+\.(\*|[a-z_]+)$/, "Use an event type such as todo.created or todo.*");

export const CreateWebhookInput = z.object({
  url: z.url({ message: "Enter an absolute http(s) URL." }).max(2000),
  event_types: z.array(EventType).max(50).default([]),
  description: z.string().trim().max(500).default(""),
  is_active: z.boolean().default(true),
});
export type CreateWebhookInput = z.input<typeof CreateWebhookInput>;

export const WebhookDto = z.object({
  id: z.uuid(),
  url: z.string(),
  event_types: z.array(z.string()),
  description: z.string(),
  is_active: z.boolean(),
  /** Shown so the receiver can verify `X-Warden-Signature`. */
  secret: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type WebhookDto = z.infer<typeof WebhookDto>;

export const DeliveryDto = z.object({
  id: z.uuid(),
  subscription_id: z.uuid(),
  event_id: z.uuid(),
  event_type: z.string(),
  status: z.enum(["pending", "succeeded", "failed"]),
  attempts: z.number().int(),
  response_status: z.number().int().nullable(),
  error: z.string().nullable(),
  created_at: z.string(),
  delivered_at: z.string().nullable(),
});
export type DeliveryDto = z.infer<typeof DeliveryDto>;
