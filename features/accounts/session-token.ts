/** The browser session's claims, read through Auth.js (next/headers: request scope only). */
export async function readSessionClaims(): Promise<{ userId: string; sessionId: string } | null> {
  const { auth } = await import("@/auth");
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sid;
  return userId && sessionId ? { userId, sessionId } : null;
}
