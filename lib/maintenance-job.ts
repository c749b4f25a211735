/**
 * Housekeeping, hourly: drops rows whose only purpose has expired — rate-limit windows,
 * remembered Idempotency-Key responses (kept 24 hours), used or expired password-reset and
 * refresh tokens. None of these is domain data with a history, so plain deletes.
 */
import { and, isNotNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { idempotencyKeys, passwordResetTokens, refreshTokens } from "@/db/schema";
import { defineJob } from "@/lib/jobs/define";
import { pruneRateLimits } from "@/lib/rate-limit";

const DAY = 86_400_000;

export async function pruneExpired(now = new Date()): Promise<Record<string, number>> {
  const db = getDb();
  const dayAgo = new Date(now.getTime() - DAY);
  const idempotency = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, dayAgo)).returning({ key: idempotencyKeys.key });
  const resets = await db
    .delete(passwordResetTokens)
    .where(or(lt(passwordResetTokens.expiresAt, dayAgo), and(isNotNull(passwordResetTokens.usedAt), lt(passwordResetTokens.usedAt, dayAgo))))
    .returning({ id: passwordResetTokens.id });
  const refresh = await db.delete(refreshTokens).where(lt(refreshTokens.expiresAt, dayAgo)).returning({ id: refreshTokens.id });
  return { rate_limits: await pruneRateLimits(DAY), idempotency_keys: idempotency.length, password_reset_tokens: resets.length, refresh_tokens: refresh.length };
}

export const pruneExpiredJob = defineJob({
  name: "maintenance.prune",
  description: "delete expired rate-limit counters, idempotency keys and tokens",
  cron: () => "17 * * * *",
  policy: "short",
  async run(_data, ctx) {
    const counts = await pruneExpired(ctx.now);
    return Object.entries(counts)
      .map(([table, n]) => `${table}: ${n}`)
      .join(", ");
  },
});
