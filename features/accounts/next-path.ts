/** A same-site path to return to after logging in; anything else falls back to the app's home. */
export function safeNext(value: unknown, fallback = "/todos"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/login") || value.startsWith("/register") || value.startsWith("/api/")) return fallback;
  return value;
}
