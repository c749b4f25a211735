/**
 * `Idempotency-Key` on POST: the same key from the same user within 24 hours returns the
 * first response instead of writing twice. The key is reserved before the handler runs, so
 * a concurrent duplicate gets a 409 instead of a second write.
 */
import { and, eq, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";

const TTL_MS = 24 * 3_600_000;
const IN_PROGRESS = 0;

export async function withIdempotency(userId: string, key: string, route: string, run: () => Promise<Response>): Promise<Response> {
  if (key.length > 200) throw ValidationError.field("Idempotency-Key", "Use at most 200 characters.");
  const db = getDb();
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), lt(idempotencyKeys.createdAt, new Date(Date.now() - TTL_MS))));
  const reserved = await db
    .insert(idempotencyKeys)
    .values({ userId, key, route, status: IN_PROGRESS })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (reserved.length === 0) {
    const [existing] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    if (!existing || existing.status === IN_PROGRESS) throw new ConflictError("A request with this Idempotency-Key is still being processed.");
    if (existing.route !== route) throw new ConflictError("This Idempotency-Key was already used for another endpoint.");
    return Response.json(existing.body, { status: existing.status, headers: { "Idempotent-Replayed": "true" } });
  }
  let response: Response;
  try {
    response = await run();
  } catch (err) {
    await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    throw err;
  }
  if (response.status >= 500) {
    await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    return response;
  }
  const body = response.status === 204 ? null : await response.clone().json().catch(() => null);
  await db
    .update(idempotencyKeys)
    .set({ status: response.status, body: sql`${JSON.stringify(body)}::jsonb` })
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return response;
}
