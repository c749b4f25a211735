/**
 * Signing a browser context in without the log-in form (epic-stack style): a real session
 * row through the DAL, and the Auth.js cookie that names it, sealed with the e2e server's
 * secret. Import ./fixtures before this module (it points the DAL at the e2e database).
 */
import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { transaction } from "@/db/client";
import type { User } from "@/db/schema";
import { startSession } from "@/features/accounts/login";

/** The e2e server's AUTH_SECRET (scripts/e2e-server.mjs). */
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-0000";
const COOKIE = "authjs.session-token";

/** Signs `context` in as `user` (ending the user's other sessions when ONE_DEVICE_ONLY is on, like a log-in). Returns the session id. */
export async function signInAs(context: BrowserContext, user: User, baseURL: string): Promise<string> {
  const session = await transaction((tx) =>
    startSession(tx, user, "browser", { ip: "127.0.0.1", userAgent: "playwright fixture", requestId: null, origin: null }, 60 * 60 * 1000),
  );
  const value = await encode({ token: { sub: user.id, sid: session.id, name: user.name, email: user.email }, secret: E2E_AUTH_SECRET, salt: COOKIE, maxAge: 3600 });
  await context.addCookies([{ name: COOKIE, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return session.id;
}
