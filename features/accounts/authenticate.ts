import type { NextRequest } from "next/server";
import { TokenInvalidError } from "@/lib/errors";
import { verifyAccessToken } from "./api-tokens";
import { hasSessionCookie } from "./session-cookie";
import { readSessionClaims } from "./session-token";
import type { Viewer } from "./viewer";
import { readViewer, VIEWER_HEADER } from "./viewer-header";
import { loadViewer } from "./viewer-query";

/**
 * Resolves the viewer of an API request: `Authorization: Bearer <access token>` or the
 * browser session. Returns null when the request carries no credentials; throws
 * TokenInvalidError for a bad, expired or revoked token (or an ended session/user).
 */
export async function authenticate(request: NextRequest): Promise<Viewer | null> {
  // Already resolved by middleware for this very request (features/accounts/viewer-header.ts).
  const resolved = readViewer(request.headers.get(VIEWER_HEADER));
  if (resolved) return resolved;
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new TokenInvalidError("Use the header as `Authorization: Bearer <access token>`.");
    const claims = verifyAccessToken(match[1]!);
    if (!claims) throw new TokenInvalidError();
    const viewer = await loadViewer(claims.sessionId, claims.userId, "token");
    if (!viewer) throw new TokenInvalidError();
    return viewer;
  }
  // Only touch Auth.js (which reads next/headers) when a session cookie is there, so
  // handlers stay callable directly with a NextRequest in tests.
  if (!hasSessionCookie(request.cookies)) return null;
  return sessionViewer();
}

/** The browser session's viewer: the Auth.js JWT names the session row, the row decides. */
export async function sessionViewer(): Promise<Viewer | null> {
  const claims = await readSessionClaims();
  if (!claims) return null;
  return loadViewer(claims.sessionId, claims.userId, "session");
}
