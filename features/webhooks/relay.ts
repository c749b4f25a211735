/**
 * The outbox relay: turns committed events into webhook deliveries, and makes one delivery
 * attempt. Safe with several workers: events are claimed with FOR UPDATE SKIP LOCKED and a
 * delivery is unique per (subscription, event). Retries with backoff are the job engine's.
 */
import { createHmac } from "node:crypto";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { events, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { updateRow, type Actor } from "@/lib/write-path";
import { webhookDeliveryModel } from "./model";
import { assertDeliverable } from "./ssrf";

const jobActor: Actor = { userId: null, source: "job" };
const TIMEOUT_MS = 10_000;

/** Webhook deliveries are events too; sending them to webhooks would feed on itself. */
const NOT_SENT = ["webhook_delivery."];

export function matches(eventTypes: string[], type: string): boolean {
  if (NOT_SENT.some((prefix) => type.startsWith(prefix))) return false;
  if (eventTypes.length === 0) return true;
  return eventTypes.some((t) => t === type || (t.endsWith(".*") && type.startsWith(t.slice(0, -1))));
}

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Claims up to `limit` undispatched events and creates their deliveries. Returns the new delivery ids. */
export async function dispatchPendingEvents(limit = 500): Promise<string[]> {
  return transaction(async (tx) => {
    const subs = await tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.isActive, true));
    const claimed = await tx
      .select({ id: events.id, type: events.type, createdAt: events.createdAt })
      .from(events)
      .where(isNull(events.dispatchedAt))
      .orderBy(asc(events.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (claimed.length === 0) return [];
    const values = claimed.flatMap((e) =>
      // A subscription receives the events that happen after it was created.
      subs.filter((s) => s.createdAt <= e.createdAt && matches(s.eventTypes, e.type)).map((s) => ({ subscriptionId: s.id, eventId: e.id, eventType: e.type })),
    );
    const created = values.length
      ? await tx.insert(webhookDeliveries).values(values).onConflictDoNothing().returning({ id: webhookDeliveries.id })
      : [];
    await tx
      .update(events)
      .set({ dispatchedAt: new Date() })
      .where(inArray(events.id, claimed.map((e) => e.id)));
    return created.map((d) => d.id);
  });
}

export interface AttemptResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** One attempt: POSTs the event, signed, and records the outcome on the delivery. */
export async function attemptDelivery(deliveryId: string): Promise<AttemptResult> {
  const db = getDb();
  const [row] = await db
    .select({ delivery: webhookDeliveries, sub: webhookSubscriptions, event: events })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.id, deliveryId)));
  if (!row) return { ok: false, status: null, error: "delivery or its event no longer exists" };
  if (row.delivery.status === "succeeded") return { ok: true, status: row.delivery.responseStatus, error: null };
  const body = JSON.stringify({
    id: row.event.id,
    type: row.event.type,
    created_at: row.event.createdAt.toISOString(),
    data: row.event.payload,
  });
  let result: AttemptResult;
  let responseBody: string | null = null;
  try {
    await assertDeliverable(row.sub.url);
    const response = await fetch(row.sub.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Warden-Webhooks/1",
        "X-Warden-Event": row.event.type,
        "X-Warden-Delivery": row.delivery.id,
        "X-Warden-Signature": sign(row.sub.secret, body),
      },
      body,
    });
    responseBody = (await response.text().catch(() => "")).slice(0, 2_000);
    result = response.ok ? { ok: true, status: response.status, error: null } : { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (err) {
    result = { ok: false, status: null, error: err instanceof Error ? err.message : String(err) };
  }
  await transaction((tx) =>
    updateRow(
      tx,
      webhookDeliveryModel,
      deliveryId,
      {
        attempts: row.delivery.attempts + 1,
        status: result.ok ? "succeeded" : "failed",
        responseStatus: result.status,
        responseBody,
        error: result.error,
        deliveredAt: result.ok ? new Date() : null,
      },
      jobActor,
    ),
  );
  return result;
}
