/** Auth.js's session cookie (`__Secure-` on https; `.0`, `.1` … when chunked). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function hasSessionCookie(cookies: { getAll(): { name: string }[] }): boolean {
  return cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
}
