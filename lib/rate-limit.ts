/**
 * Fixed-window rate limits kept in the database (`rate_limits`), so they hold across
 * every app instance. One atomic upsert per check: a new window resets the counter.
 * Rates are DRF-style settings ("10/minute").
 */
import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Executor } from "@/db/client";
import { env, parseRate } from "@/env";
import { RateLimitedError } from "./errors";

export interface RateResult {
  allowed: boolean;
  count: number;
  limit: number;
  /** Seconds until the window ends (for Retry-After). */
  retryAfter: number;
}

/** The atomic upsert that counts one hit on `key` (RETURNING count), and what to make of it. */
export function hitStatement(key: string, rate: string, nowMs = Date.now()) {
  const { limit, windowMs } = parseRate(rate);
  const windowStart = new Date(nowMs - (nowMs % windowMs));
  const statement = sql`INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${windowStart.toISOString()}, 1)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_limits.window_start = EXCLUDED.window_start THEN rate_limits.count + 1 ELSE 1 END,
          window_start = EXCLUDED.window_start
        RETURNING count`;
  const result = (count: number): RateResult => ({
    allowed: count <= limit,
    count,
    limit,
    retryAfter: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - nowMs) / 1000)),
  });
  return { statement, result };
}

/** Counts one hit on `key` under `rate` and says whether it is within the limit. */
export async function hit(key: string, rate: string, ex: Executor = getDb()): Promise<RateResult> {
  const { statement, result } = hitStatement(key, rate);
  const [row] = await rowsOf<{ count: number }>(ex, statement);
  return result(Number(row?.count ?? 1));
}

/** The key of the API's per-user limit. */
export const apiLimitKey = (userId: string) => `api:user:${userId}`;

/** Counts a hit on every key; throws RateLimitedError if any of them is over its limit. */
export async function enforce(keys: string[], rate: string): Promise<void> {
  let worst: RateResult | null = null;
  for (const key of keys) {
    const result = await hit(key, rate);
    if (!result.allowed && (!worst || result.retryAfter > worst.retryAfter)) worst = result;
  }
  if (worst) throw new RateLimitedError(worst.retryAfter);
}

/**
 * The auth routes' limit (register, log in, token, password reset): per client address
 * AND per account, RATE_LIMIT_AUTH each.
 */
export function enforceAuthLimit(ip: string, account?: string | null): Promise<void> {
  const keys = [`auth:ip:${ip || "unknown"}`];
  if (account) keys.push(`auth:account:${account.trim().toLowerCase()}`);
  return enforce(keys, env.RATE_LIMIT_AUTH);
}

/** The API's per-user limit (RATE_LIMIT_API). */
export function enforceApiLimit(userId: string): Promise<void> {
  return enforce([apiLimitKey(userId)], env.RATE_LIMIT_API);
}

/** Deletes counters whose window ended long ago (for a periodic job); returns how many. */
export async function pruneRateLimits(olderThanMs = 86_400_000, ex: Executor = getDb()): Promise<number> {
  const rows = await rowsOf<{ key: string }>(ex, sql`DELETE FROM rate_limits WHERE window_start < ${new Date(Date.now() - olderThanMs).toISOString()} RETURNING key`);
  return rows.length;
}
