/**
 * The client address for rate limits. Next sets `x-forwarded-for` from the socket when it
 * is absent; a proxy appends to it. The rightmost entry is the one added by the nearest
 * hop we trust, so a client cannot dodge the per-IP limit by sending its own header.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last ?? headers.get("x-real-ip") ?? "unknown";
}
