import { and, eq, isNull, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { sessions } from "@/db/schema";
import { updateRow, type Actor } from "@/lib/write-path";
import { sessionModel } from "./model";

/**
 * Ends a user's live sessions and API token families (all, or all but one), e.g. on a ban,
 * "log out everywhere" or a login with one-device-only. Returns how many were ended.
 */
export async function revokeSessionsOfUser(
  tx: Tx,
  userId: string,
  reason: string,
  actor: Actor,
  exceptSessionId?: string,
): Promise<number> {
  const live = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined))
    .for("update");
  const now = new Date();
  for (const session of live) {
    await updateRow(tx, sessionModel, session.id, { revokedAt: now, revokeReason: reason }, actor, { before: session });
  }
  return live.length;
}
