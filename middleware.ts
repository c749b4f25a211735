/**
 * Django's middleware stack, thin: request id, the auth gate and ban block, the API rate
 * limit, security headers. The logic lives in lib/middleware/.
 */
import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { VIEWER_HEADER } from "@/features/accounts/viewer-header";
import { gate } from "@/lib/middleware/gate";
import { applySecurityHeaders } from "@/lib/middleware/headers";
import { log } from "@/lib/log";

const REQUEST_ID = /^[\w.:-]{1,100}$/;

export const middleware = auth(async (request) => {
  const given = request.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // Only the gate may set this (signed); never trust a client's copy.
  headers.delete(VIEWER_HEADER);
  // Lets pages send an anonymous visitor to log in and back (requireUser).
  headers.set("x-warden-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const session = request.auth?.user?.id && request.auth.sid ? { userId: request.auth.user.id, sessionId: request.auth.sid } : null;
  let response: NextResponse;
  try {
    response = (await gate(request, session, requestId, headers)) ?? NextResponse.next({ request: { headers } });
  } catch (err) {
    log.error("middleware failed", { requestId, path: request.nextUrl.pathname, error: err instanceof Error ? err.message : String(err) });
    response = NextResponse.json({ error: { code: "server_error", message: "Something went wrong on our side." } }, { status: 500 });
  }
  response.headers.set("x-request-id", requestId);
  applySecurityHeaders(response.headers);
  log.debug("request", { requestId, method: request.method, path: request.nextUrl.pathname, status: response.status });
  return response;
});

export const config = {
  runtime: "nodejs",
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
