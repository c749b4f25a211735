import { clientIp } from "@/lib/client-ip";

/** Where a request came from: kept on session rows, used for rate limits and log lines. */
export interface RequestMeta {
  ip: string;
  userAgent: string;
  requestId: string | null;
  /** Origin for links in e-mails when APP_URL is not set. */
  origin: string | null;
}

export function metaFromHeaders(headers: Headers, url?: string | URL | null): RequestMeta {
  let origin: string | null = null;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host) origin = `${headers.get("x-forwarded-proto") ?? "http"}://${host}`;
  else if (url) origin = new URL(url).origin;
  return {
    ip: clientIp(headers),
    userAgent: (headers.get("user-agent") ?? "").slice(0, 500),
    requestId: headers.get("x-request-id"),
    origin,
  };
}
