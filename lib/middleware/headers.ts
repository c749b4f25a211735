/**
 * Security headers on every response. The CSP allows inline scripts and styles: Next's App
 * Router inlines its RSC payload and bootstrap scripts, and a per-request nonce would force
 * every page (including static ones) into dynamic rendering. The remaining rules still stop
 * scripts from other origins, plugins, framing, <base> hijacking and off-site form posts.
 * See docs/decisions/0010-accounts-sessions-and-tokens.md.
 */
import { env } from "@/env";

const dev = env.NODE_ENV === "development";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  // Avatars may live on any https host.
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function applySecurityHeaders(headers: Headers): void {
  headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
}
