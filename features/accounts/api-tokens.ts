/**
 * API tokens in simplejwt's manner. The access token is short-lived and signed (sub, sid,
 * exp), but every request still checks its session row, so revoking works at once. The
 * refresh token is opaque, stored hashed, and rotates: each use marks it used and issues a
 * new one in the same family (session); presenting a used one again ends the family.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import { getDb, transaction, type Tx } from "@/db/client";
import { refreshTokens, sessions, users, type User } from "@/db/schema";
import { durationMs, env } from "@/env";
import { BannedError, NotFoundError, TokenInvalidError } from "@/lib/errors";
import { enforceAuthLimit } from "@/lib/rate-limit";
import { signToken, verifyToken } from "@/lib/signed-token";
import { createRow, updateRow, type Actor } from "@/lib/write-path";
import { verifyCredentials, startSession } from "./login";
import { refreshTokenModel, sessionModel } from "./model";
import { assertUser } from "./policy";
import type { RequestMeta } from "./request-meta";
import type { LoginInput, TokenPair } from "./schemas";
import type { Viewer } from "./viewer";
import { isUuid } from "./viewer-query";

const PURPOSE = "access-token";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function signAccessToken(userId: string, sessionId: string, now = Date.now()): { token: string; expiresAt: Date } {
  const expiresAt = new Date(now + durationMs(env.ACCESS_TOKEN_TTL));
  const token = signToken({ typ: "access", sub: userId, sid: sessionId, exp: Math.floor(expiresAt.getTime() / 1000) }, PURPOSE);
  return { token, expiresAt };
}

/** The claims of a well-signed, unexpired access token, or null. The session check is the caller's. */
export function verifyAccessToken(token: string): { userId: string; sessionId: string } | null {
  const payload = verifyToken(token, PURPOSE);
  if (!payload || payload.typ !== "access" || typeof payload.exp !== "number") return null;
  if (payload.exp * 1000 <= Date.now()) return null;
  if (!isUuid(payload.sub) || !isUuid(payload.sid)) return null;
  return { userId: payload.sub, sessionId: payload.sid };
}

async function newRefreshToken(tx: Tx, sessionId: string, actor: Actor): Promise<string> {
  const refresh = randomBytes(32).toString("base64url");
  await createRow(tx, refreshTokenModel, { sessionId, tokenHash: hashToken(refresh), expiresAt: new Date(Date.now() + durationMs(env.REFRESH_TOKEN_TTL)) }, actor);
  return refresh;
}

function pair(userId: string, sessionId: string, refresh: string): TokenPair {
  const access = signAccessToken(userId, sessionId);
  return { access: access.token, refresh, access_expires_at: access.expiresAt.toISOString() };
}

/**
 * A new token family for a user already known to be who they say. `endOthers` defaults to
 * ONE_DEVICE_ONLY (a login); the tokens page passes false, since making a token from a
 * signed-in browser is not a new login and must not end that browser's session.
 */
export function issueTokenPairForUser(user: User, meta: RequestMeta, options: { endOthers?: boolean } = {}): Promise<TokenPair> {
  return transaction(async (tx) => {
    const session = await startSession(tx, user, "api", meta, durationMs(env.REFRESH_TOKEN_TTL), options);
    const refresh = await newRefreshToken(tx, session.id, { userId: user.id, source: "api", requestId: meta.requestId });
    return pair(user.id, session.id, refresh);
  });
}

/** The tokens page: a new token family for the signed-in viewer, leaving their other sessions alone. */
export async function createApiTokenForViewer(viewer: Viewer, meta: RequestMeta): Promise<TokenPair> {
  assertUser(viewer);
  if (viewer.isBanned) throw new BannedError(viewer.banReason);
  const [user] = await getDb().select().from(users).where(eq(users.id, viewer.id));
  if (!user) throw new NotFoundError();
  return issueTokenPairForUser(user, meta, { endOthers: false });
}

/** POST /api/v1/auth/token: rate limited per address and per account; one answer for any wrong credential. */
export async function issueTokenPair(input: LoginInput, meta: RequestMeta): Promise<TokenPair> {
  await enforceAuthLimit(meta.ip, input.email);
  const user = await verifyCredentials(input.email, input.password);
  if (!user) throw new InvalidCredentialsError();
  return issueTokenPairForUser(user, meta);
}

export class InvalidCredentialsError extends TokenInvalidError {
  constructor() {
    super("No active account found with the given credentials.");
  }
}

/** POST /api/v1/auth/token/refresh: rotation, with reuse detection ending the family. */
export async function refreshTokenPair(refresh: string, meta: RequestMeta): Promise<TokenPair> {
  const outcome = await transaction(async (tx) => {
    const [row] = await tx
      .select({ token: refreshTokens, session: sessions, user: users })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(refreshTokens.tokenHash, hashToken(refresh)))
      .for("update", { of: refreshTokens });
    if (!row) return null;
    const actor: Actor = { userId: row.user.id, source: "api", requestId: meta.requestId };
    const now = new Date();
    if (row.token.usedAt) {
      // A rotated token came back: it was copied. End the whole family, for thief and owner alike.
      if (!row.session.revokedAt) await updateRow(tx, sessionModel, row.session.id, { revokedAt: now, revokeReason: "refresh_token_reused" }, actor);
      return null;
    }
    if (row.token.expiresAt <= now || row.session.revokedAt || row.session.expiresAt <= now || !row.user.isActive) return null;
    await updateRow(tx, refreshTokenModel, row.token.id, { usedAt: now }, actor, { before: row.token });
    await updateRow(tx, sessionModel, row.session.id, { lastSeenAt: now }, actor);
    const next = await newRefreshToken(tx, row.session.id, actor);
    return pair(row.user.id, row.session.id, next);
  });
  if (!outcome) throw new TokenInvalidError();
  return outcome;
}

/** POST /api/v1/auth/token/revoke: ends the family the refresh token belongs to. */
export async function revokeRefreshToken(refresh: string, meta: RequestMeta): Promise<void> {
  const found = await transaction(async (tx) => {
    const [row] = await tx
      .select({ session: sessions })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .where(and(eq(refreshTokens.tokenHash, hashToken(refresh)), gt(refreshTokens.expiresAt, new Date())));
    if (!row) return false;
    if (!row.session.revokedAt) {
      await updateRow(tx, sessionModel, row.session.id, { revokedAt: new Date(), revokeReason: "token_revoked" }, {
        userId: row.session.userId,
        source: "api",
        requestId: meta.requestId,
      });
    }
    return true;
  });
  if (!found) throw new TokenInvalidError();
}
