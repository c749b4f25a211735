/** The viewer's own devices: list, end one, end all ("log out everywhere"). */
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { sessions, type Session } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { updateRow, type Actor } from "@/lib/write-path";
import { sessionModel } from "./model";
import { assertUser } from "./policy";
import type { SessionDto } from "./schemas";
import { revokeSessionsOfUser } from "./sessions";
import type { Viewer } from "./viewer";

function toSessionDto(s: Session, currentId: string): SessionDto {
  return {
    id: s.id,
    kind: s.kind,
    user_agent: s.userAgent,
    ip: s.ip,
    created_at: s.createdAt.toISOString(),
    last_seen_at: s.lastSeenAt.toISOString(),
    expires_at: s.expiresAt.toISOString(),
    current: s.id === currentId,
  };
}

/** Live sessions of the viewer, this device first, then newest first. */
export async function listSessions(viewer: Viewer): Promise<SessionDto[]> {
  assertUser(viewer);
  const rows = await getDb()
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, viewer.id), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.createdAt));
  return rows.map((s) => toSessionDto(s, viewer.sessionId)).sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the viewer's sessions; another user's (or an unknown) id is a 404. */
export async function endSession(viewer: Viewer, sessionId: string, actor: Actor): Promise<void> {
  assertUser(viewer);
  await transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, viewer.id), isNull(sessions.revokedAt)))
      .for("update");
    if (!row) throw new NotFoundError("No such session.");
    await updateRow(tx, sessionModel, row.id, { revokedAt: new Date(), revokeReason: "ended_by_user" }, actor, { before: row });
  });
}

/** "Log out everywhere": every session and token family of the viewer, this one included. */
export async function endAllSessions(viewer: Viewer, actor: Actor): Promise<number> {
  assertUser(viewer);
  return transaction((tx) => revokeSessionsOfUser(tx, viewer.id, "logout_everywhere", actor));
}

/** Log out: ends the session a browser's cookie names (called by Auth.js's signOut event). */
export async function endSessionById(userId: string, sessionId: string, reason: string): Promise<void> {
  await transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .for("update");
    if (row) await updateRow(tx, sessionModel, row.id, { revokedAt: new Date(), revokeReason: reason }, { userId, source: "page" }, { before: row });
  });
}
