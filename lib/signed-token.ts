/**
 * Compact signed tokens: `base64url(JSON payload).base64url(HMAC-SHA256)`. Used for API
 * access tokens; the payload is readable, never secret.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { deriveKey } from "./secret";

function sign(body: string, purpose: string): string {
  return createHmac("sha256", deriveKey(purpose)).update(body).digest("base64url");
}

export function signToken(payload: Record<string, unknown>, purpose: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(body, purpose)}`;
}

/** The payload when the signature is right, else null (expiry is the caller's check). */
export function verifyToken(token: string, purpose: string): Record<string, unknown> | null {
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const expected = Buffer.from(sign(parts[0], purpose));
  const given = Buffer.from(parts[1]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
    return payload && typeof payload === "object" && !Array.isArray(payload) ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
