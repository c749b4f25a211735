/**
 * What a hit costs: one moderation_logs row per distinct word per save (through the write
 * path, so each has its audit entry and `moderation.hit` event), the counters the
 * summary reads (per user, word and day; per user and word; per user), and the automatic ban when the user's
 * strikes reach MODERATION_BAN_THRESHOLD — all in the caller's transaction.
 *
 * Exactly once under concurrent saves: the user's row is locked (FOR NO KEY UPDATE, which
 * todo inserts' KEY SHARE locks do not block) before the strikes are counted, so saves of
 * one user that log hits run this section one after another, and each sees the logs the
 * others committed. The lock is taken only when there is something to log.
 */
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { moderationDailyCounts, moderationLogs, moderationUserTotals, moderationWordTotals, users, type User } from "@/db/schema";
import { durationMs, env } from "@/env";
import { applyBan } from "@/features/users/bans";
import type { Hit } from "@/lib/moderation/matcher";
import { createRows, type Actor } from "@/lib/write-path";
import { moderationLogModel } from "./model";

export interface StrikeOutcome {
  logged: number;
  strikes: number;
  banned: boolean;
}

export function strikeThreshold(): number {
  return env.MODERATION_BAN_THRESHOLD;
}

/** The user's strikes: logs since their last unban, and inside the window when one is set. */
export async function countStrikes(tx: Tx, user: Pick<User, "id" | "strikesResetAt">, now = new Date()): Promise<number> {
  const windowStart = env.MODERATION_STRIKE_WINDOW ? new Date(now.getTime() - durationMs(env.MODERATION_STRIKE_WINDOW)) : null;
  const resetAt = user.strikesResetAt;
  const from = resetAt && windowStart ? (resetAt > windowStart ? resetAt : windowStart) : (resetAt ?? windowStart);
  const [row] = await tx
    .select({ n: count() })
    .from(moderationLogs)
    .where(and(eq(moderationLogs.userId, user.id), from ? gt(moderationLogs.createdAt, from) : undefined));
  return row?.n ?? 0;
}

/**
 * Records the hits of one save (todoId null for a refused attempt) and bans the user
 * automatically when this takes them to the threshold.
 */
export async function recordHits(tx: Tx, input: { userId: string; todoId: string | null; hits: Hit[] }, actor: Actor): Promise<StrikeOutcome> {
  if (input.hits.length === 0) return { logged: 0, strikes: 0, banned: false };
  const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for("no key update");
  if (!user) return { logged: 0, strikes: 0, banned: false };

  await createRows(
    tx,
    moderationLogModel,
    input.hits.map((hit) => ({
      todoId: input.todoId,
      userId: user.id,
      bannedWordId: hit.wordId,
      word: hit.word,
      matchedText: hit.matched.slice(0, 500),
      field: hit.field,
      action: hit.action,
    })),
    actor,
  );

  // Two list entries can share a spelling ("bad" as word and as substring): one counter row each day.
  const perWord = new Map<string, number>();
  for (const hit of input.hits) perWord.set(hit.word, (perWord.get(hit.word) ?? 0) + 1);
  await tx
    .insert(moderationDailyCounts)
    .values(
      [...perWord].map(([word, n]) => ({
        userId: user.id,
        word,
        day: sql`date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
        count: n,
      })),
    )
    .onConflictDoUpdate({
      target: [moderationDailyCounts.userId, moderationDailyCounts.word, moderationDailyCounts.day],
      set: { count: sql`${moderationDailyCounts.count} + excluded.count` },
    });

  await tx
    .insert(moderationWordTotals)
    .values([...perWord].map(([word, n]) => ({ userId: user.id, word, count: n })))
    .onConflictDoUpdate({
      target: [moderationWordTotals.userId, moderationWordTotals.word],
      set: { count: sql`${moderationWordTotals.count} + excluded.count` },
    });
  await tx
    .insert(moderationUserTotals)
    .values({ userId: user.id, total: input.hits.length })
    .onConflictDoUpdate({ target: moderationUserTotals.userId, set: { total: sql`${moderationUserTotals.total} + excluded.total` } });

  const strikes = await countStrikes(tx, user);
  if (user.isBanned || strikes < strikeThreshold()) return { logged: input.hits.length, strikes, banned: false };
  await applyBan(
    tx,
    user,
    { reason: `Automatic ban: ${strikes} moderation strikes (the limit is ${strikeThreshold()}).`, bannedBy: null },
    { userId: null, source: "system", requestId: actor.requestId ?? null },
  );
  return { logged: input.hits.length, strikes, banned: true };
}
