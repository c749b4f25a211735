/**
 * Middleware resolves the API caller once (with the rate-limit hit, in one round trip) and
 * hands the result to the route handler in a request header, signed with a key derived from
 * the app secret and valid for a few seconds. Middleware deletes any copy a client sends,
 * and the handler accepts only a valid signature, so the header cannot be forged; without it
 * the handler resolves the caller itself (tests call handlers directly).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { deriveKey } from "@/lib/secret";
import type { Viewer } from "./viewer";

export const VIEWER_HEADER = "x-warden-viewer";
const TTL_MS = 10_000;

let key: Buffer | undefined;
const mac = (body: string) => createHmac("sha256", (key ??= deriveKey("viewer-header"))).update(body).digest("base64url");

export function signViewer(viewer: Viewer, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ v: viewer, exp: now + TTL_MS })).toString("base64url");
  return `${body}.${mac(body)}`;
}

export function readViewer(value: string | null, now = Date.now()): Viewer | null {
  if (!value) return null;
  const [body, sig] = value.split(".");
  if (!body || !sig) return null;
  const expected = Buffer.from(mac(body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { v, exp } = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { v: Viewer; exp: number };
    return exp > now ? v : null;
  } catch {
    return null;
  }
}
