/**
 * The quick gate in front of pages and the API: log in required, banned users to the ban
 * notice, the API's per-user rate limit. Route handlers (lib/api/handler.ts) and the DAL
 * (requireUser, assertUser) check again; this only saves work and gives pages redirects.
 */
import { NextResponse, type NextRequest } from "next/server";
import { verifyAccessToken } from "@/features/accounts/api-tokens";
import { signViewer, VIEWER_HEADER } from "@/features/accounts/viewer-header";
import { loadViewer, loadViewerCountingHit } from "@/features/accounts/viewer-query";
import { env } from "@/env";
import { errorResponse } from "@/lib/api/respond";
import { RateLimitedError, TokenInvalidError, UnauthorizedError } from "@/lib/errors";
import { apiLimitKey } from "@/lib/rate-limit";
import { classify, isAdminPath } from "./routes";

export interface SessionClaims {
  userId: string;
  sessionId: string;
}

/**
 * An absolute URL on the host the browser used. `request.url` in middleware may name
 * "localhost" where the browser asked for 127.0.0.1, and a cookie set for one host is not
 * sent to the other.
 */
function sameHost(request: NextRequest, path: string): URL {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  return new URL(path, host ? `${proto}://${host}` : request.url);
}

function loginRedirect(request: NextRequest): NextResponse {
  const url = sameHost(request, "/login");
  url.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(url);
}

const FORBIDDEN_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Forbidden · Warden</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#0f172a;background:#f8fafc}
a{color:#3730a3}@media (prefers-color-scheme:dark){body{color:#f1f5f9;background:#020617}a{color:#a5b4fc}}</style></head>
<body><main><h1>403 — Admins only</h1><p>This part of Warden is the admin dashboard, and your account is not an admin.</p>
<p><a href="/todos">Back to your todos</a></p></main></body></html>`;

/** A signed-in user who is not an admin gets a real 403 on every admin page. */
function forbiddenPage(): NextResponse {
  return new NextResponse(FORBIDDEN_HTML, { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
}

/** A response that stops the request, or null to let it through. */
export async function gate(
  request: NextRequest,
  session: SessionClaims | null,
  requestId: string,
  /** Headers of the request passed on to the page or handler; the gate may add to them. */
  forward: Headers = new Headers(),
): Promise<NextResponse | null> {
  const kind = classify(request.nextUrl.pathname);
  if (kind === "user-page") {
    if (!session) return loginRedirect(request);
    const viewer = await loadViewer(session.sessionId, session.userId, "session");
    // Ended elsewhere (another login, "log out everywhere", a ban that ended sessions).
    if (!viewer) return loginRedirect(request);
    if (viewer.isBanned) return NextResponse.redirect(sameHost(request, "/banned"));
    if (isAdminPath(request.nextUrl.pathname) && viewer.role !== "admin") return forbiddenPage();
    return null;
  }
  if (kind === "api") {
    let claims: SessionClaims | null = session;
    let via: "session" | "token" = "session";
    const header = request.headers.get("authorization");
    if (header) {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      claims = token ? verifyAccessToken(token) : null;
      if (!claims) return errorResponse(new TokenInvalidError(), requestId);
      via = "token";
    }
    if (!claims) return errorResponse(new UnauthorizedError(), requestId);
    // One round trip: the per-user rate limit and the caller (session row, user, ban).
    const { viewer, rate } = await loadViewerCountingHit(claims.sessionId, claims.userId, via, apiLimitKey(claims.userId), env.RATE_LIMIT_API);
    if (!viewer) return errorResponse(via === "token" ? new TokenInvalidError() : new UnauthorizedError(), requestId);
    if (!rate.allowed) return errorResponse(new RateLimitedError(rate.retryAfter), requestId);
    // The handler reuses it instead of asking again; the ban is decided there, per route.
    forward.set(VIEWER_HEADER, signViewer(viewer));
  }
  return null;
}

