/** Who is asking: the signed-in user behind a browser session or an API access token. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: "admin" | "user";
  isBanned: boolean;
  banReason: string | null;
  /** The session (browser) or token family (API) the request came through. */
  sessionId: string;
  via: "session" | "token";
}

export const isAdmin = (viewer: Viewer | null | undefined): boolean => viewer?.role === "admin";
