import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb, rowsOf, type Executor } from "@/db/client";
import { hitStatement, type RateResult } from "@/lib/rate-limit";
import { sessions, users } from "@/db/schema";
import type { Viewer } from "./viewer";

/**
 * The one query behind every authenticated request: the session (or token family) is live
 * and belongs to an active user. So an ended session, "log out everywhere", a deactivation
 * or a ban takes effect at the very next request, whatever the client holds.
 *
 * A ban ends every session and token family, yet the SPEC wants the banned user told why
 * (pages: the ban notice; API: 403 `user_banned`, not 401). So a session ended *by the ban*
 * still identifies its user while the ban lasts — as banned, which every other page and
 * route refuses. Once unbanned, it is simply ended: log in again.
 */
function viewerQuery(ex: Executor, sessionId: string, userId: string) {
  return ex
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      isBanned: users.isBanned,
      banReason: users.banReason,
      sessionId: sql<string>`${sessions.id}`.as("session_id"),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.userId, userId),
        or(isNull(sessions.revokedAt), and(eq(sessions.revokeReason, BANNED), eq(users.isBanned, true))),
        gt(sessions.expiresAt, new Date()),
        eq(users.isActive, true),
      ),
    );
}

export async function loadViewer(sessionId: string, userId: string, via: Viewer["via"], ex: Executor = getDb()): Promise<Viewer | null> {
  if (!isUuid(sessionId) || !isUuid(userId)) return null;
  const [row] = await viewerQuery(ex, sessionId, userId);
  return row ? { ...row, via } : null;
}

/**
 * The API's hot path in one round trip: counts a hit on the caller's rate-limit key and
 * loads the viewer with the same rule as loadViewer (middleware, lib/middleware/gate.ts).
 */
export async function loadViewerCountingHit(
  sessionId: string,
  userId: string,
  via: Viewer["via"],
  rateKey: string,
  rate: string,
  ex: Executor = getDb(),
): Promise<{ viewer: Viewer | null; rate: RateResult }> {
  const { statement, result } = hitStatement(rateKey, rate);
  if (!isUuid(sessionId) || !isUuid(userId)) {
    const [row] = await rowsOf<{ count: number }>(ex, statement);
    return { viewer: null, rate: result(Number(row?.count ?? 1)) };
  }
  const [row] = await rowsOf<{ hits: number; id: string | null; email: string; name: string; role: Viewer["role"]; is_banned: boolean; ban_reason: string | null; session_id: string }>(
    ex,
    sql`WITH hit AS (${statement}) SELECT hit.count AS hits, v.* FROM hit LEFT JOIN LATERAL (${viewerQuery(ex, sessionId, userId)}) v ON true`,
  );
  const viewer: Viewer | null = row?.id
    ? { id: row.id, email: row.email, name: row.name, role: row.role, isBanned: row.is_banned, banReason: row.ban_reason, sessionId: row.session_id, via }
    : null;
  return { viewer, rate: result(Number(row?.hits ?? 1)) };
}

/** The revoke reason bans write (features/users/bans.ts). */
export const BANNED = "banned";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
