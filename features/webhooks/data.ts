/** Webhook subscriptions and their delivery log (admin only). */
import { randomBytes } from "node:crypto";
import { and, count, desc, eq } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { offsetOf, type PageQuery } from "@/lib/api/pagination";
import { createRow, updateRow, type Actor } from "@/lib/write-path";
import { webhookDeliveryModel, webhookModel } from "./model";
import { CreateWebhookInput, type DeliveryDto, type WebhookDto } from "./schemas";
import { assertDeliverable, UnsafeUrlError } from "./ssrf";

type Subscription = typeof webhookSubscriptions.$inferSelect;
type Delivery = typeof webhookDeliveries.$inferSelect;

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export function toWebhookDto(s: Subscription): WebhookDto {
  return {
    id: s.id,
    url: s.url,
    event_types: s.eventTypes,
    description: s.description,
    is_active: s.isActive,
    secret: s.secret,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}

export function toDeliveryDto(d: Delivery): DeliveryDto {
  return {
    id: d.id,
    subscription_id: d.subscriptionId,
    event_id: d.eventId,
    event_type: d.eventType,
    status: d.status,
    attempts: d.attempts,
    response_status: d.responseStatus,
    error: d.error,
    created_at: d.createdAt.toISOString(),
    delivered_at: d.deliveredAt?.toISOString() ?? null,
  };
}

export async function listWebhooks(viewer: Viewer, page: PageQuery): Promise<{ rows: WebhookDto[]; total: number }> {
  assertAdmin(viewer);
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db.select().from(webhookSubscriptions).orderBy(desc(webhookSubscriptions.createdAt)).limit(page.page_size).offset(offsetOf(page)),
    db.select({ n: count() }).from(webhookSubscriptions),
  ]);
  return { rows: rows.map(toWebhookDto), total: total?.n ?? 0 };
}

export async function createWebhook(viewer: Viewer, input: CreateWebhookInput, actor: Actor): Promise<WebhookDto> {
  assertAdmin(viewer);
  const data = parseInput(CreateWebhookInput, input);
  try {
    await assertDeliverable(data.url);
  } catch (err) {
    if (err instanceof UnsafeUrlError) throw ValidationError.field("url", err.message);
    throw err;
  }
  const row = await transaction(async (tx) =>
    (
      await createRow(
        tx,
        webhookModel,
        {
          url: data.url,
          secret: `whsec_${randomBytes(24).toString("base64url")}`,
          eventTypes: data.event_types,
          description: data.description,
          isActive: data.is_active,
          createdById: viewer.id,
        },
        actor,
      )
    ).after,
  );
  return toWebhookDto(row);
}

export async function listDeliveries(viewer: Viewer, subscriptionId: string, page: PageQuery): Promise<{ rows: DeliveryDto[]; total: number }> {
  assertAdmin(viewer);
  if (!isUuid(subscriptionId)) throw new NotFoundError();
  const db = getDb();
  const [sub] = await db.select({ id: webhookSubscriptions.id }).from(webhookSubscriptions).where(eq(webhookSubscriptions.id, subscriptionId));
  if (!sub) throw new NotFoundError();
  const where = eq(webhookDeliveries.subscriptionId, subscriptionId);
  const [rows, [total]] = await Promise.all([
    db.select().from(webhookDeliveries).where(where).orderBy(desc(webhookDeliveries.createdAt)).limit(page.page_size).offset(offsetOf(page)),
    db.select({ n: count() }).from(webhookDeliveries).where(and(where)),
  ]);
  return { rows: rows.map(toDeliveryDto), total: total?.n ?? 0 };
}

/** Puts a delivery back in the queue (whatever its state); the caller enqueues the attempt. */
export async function markForRedelivery(viewer: Viewer, deliveryId: string, actor: Actor): Promise<DeliveryDto> {
  assertAdmin(viewer);
  if (!isUuid(deliveryId)) throw new NotFoundError();
  const row = await transaction(async (tx) => (await updateRow(tx, webhookDeliveryModel, deliveryId, { status: "pending", error: null }, actor)).after);
  return toDeliveryDto(row);
}
