/**
 * Logging in: checking a password (in constant-ish time) and starting a session row that
 * the server can end. Shared by the browser log-in (Auth.js) and the API token pair.
 */
import { eq } from "drizzle-orm";
import { transaction, type Tx } from "@/db/client";
import { users, type Session, type User } from "@/db/schema";
import { durationMs, env } from "@/env";
import { userModel } from "@/features/users/model";
import { findUserByEmail } from "@/features/users/data";
import { dummyHash, verifyPassword } from "@/lib/password";
import { enforceAuthLimit } from "@/lib/rate-limit";
import { createRow, updateRow, type Actor } from "@/lib/write-path";
import { sessionModel } from "./model";
import type { RequestMeta } from "./request-meta";
import { revokeSessionsOfUser } from "./sessions";

/** The user for these credentials, or null; never says which of the two was wrong. */
export async function verifyCredentials(email: string, password: string): Promise<User | null> {
  const user = await findUserByEmail(email);
  if (!user) {
    await verifyPassword(await dummyHash(), password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  // Banned users may log in (to read the ban notice and appeal); deactivated ones may not.
  return ok && user.isActive ? user : null;
}

/**
 * Starts a session row (a browser session or an API token family), ends the user's other
 * sessions when ONE_DEVICE_ONLY is on, and records the login time.
 */
export async function startSession(
  tx: Tx,
  user: User,
  kind: Session["kind"],
  meta: RequestMeta,
  ttlMs: number,
  options: { endOthers?: boolean } = {},
): Promise<Session> {
  const actor: Actor = { userId: user.id, source: kind === "api" ? "api" : "page", requestId: meta.requestId };
  const now = new Date();
  const { after: session } = await createRow(
    tx,
    sessionModel,
    { userId: user.id, kind, userAgent: meta.userAgent, ip: meta.ip, expiresAt: new Date(now.getTime() + ttlMs), lastSeenAt: now },
    actor,
  );
  if (options.endOthers ?? env.ONE_DEVICE_ONLY) await revokeSessionsOfUser(tx, user.id, "new_login", actor, session.id);
  const [locked] = await tx.select().from(users).where(eq(users.id, user.id)).for("update");
  await updateRow(tx, userModel, user.id, { lastLoginAt: now }, actor, { before: locked });
  return session;
}

/** The browser log-in (Auth.js authorize): rate limited per address and per account. */
export async function logInBrowser(email: string, password: string, meta: RequestMeta): Promise<{ user: User; session: Session } | null> {
  await enforceAuthLimit(meta.ip, email);
  const user = await verifyCredentials(email, password);
  if (!user) return null;
  const session = await transaction((tx) => startSession(tx, user, "browser", meta, durationMs(env.SESSION_TTL)));
  return { user, session };
}
