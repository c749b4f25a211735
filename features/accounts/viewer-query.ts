import { and, eq, gt, isNull, or } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
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
export async function loadViewer(sessionId: string, userId: string, via: Viewer["via"], ex: Executor = getDb()): Promise<Viewer | null> {
  if (!isUuid(sessionId) || !isUuid(userId)) return null;
  const [row] = await ex
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      isBanned: users.isBanned,
      banReason: users.banReason,
      sessionId: sessions.id,
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
  return row ? { ...row, via } : null;
}

/** The revoke reason bans write (features/users/bans.ts). */
export const BANNED = "banned";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
