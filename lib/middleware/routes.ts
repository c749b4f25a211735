/** Which paths need what (middleware's quick gate; the DAL decides again). */

/** Pages that need a signed-in user. */
const USER_PAGES = ["/todos", "/tags", "/profile", "/sessions", "/tokens", "/admin"];

/** API paths anyone may call (their handlers rate limit the sensitive ones). */
const PUBLIC_API = ["/api/v1/auth", "/api/v1/openapi.json"];

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

export type PathKind = "user-page" | "api" | "public-api" | "other";

export function classify(pathname: string): PathKind {
  if (under(pathname, "/api/v1")) return PUBLIC_API.some((p) => under(pathname, p)) ? "public-api" : "api";
  if (USER_PAGES.some((p) => under(pathname, p))) return "user-page";
  return "other";
}

/** The admin dashboard's pages (its CSV exports are route handlers that check again). */
export const isAdminPath = (pathname: string) => under(pathname, "/admin");
