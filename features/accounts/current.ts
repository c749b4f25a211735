/**
 * The viewer of the current page or server action (the DAL's `getCurrentUser()`): read
 * once per request (React cache), re-checked against the session row and the user.
 */
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { sessionViewer } from "./authenticate";
import type { Viewer } from "./viewer";

export const getViewer = cache(async (): Promise<Viewer | null> => sessionViewer());

/** Where to come back after logging in: the path middleware saw (x-warden-path). */
async function currentPath(): Promise<string> {
  const path = (await headers()).get("x-warden-path");
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/todos";
}

export function loginUrl(next: string): string {
  return `/login?${new URLSearchParams({ next })}`;
}

/** Pages and actions: the signed-in, unbanned viewer, or a redirect (log in / ban notice). */
export async function requireUser(options: { allowBanned?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(loginUrl(await currentPath()));
  if (viewer.isBanned && !options.allowBanned) redirect("/banned");
  return viewer;
}

/** Admin pages and actions: non-admins see a 404 (the dashboard's existence is not advertised). */
export async function requireAdmin(): Promise<Viewer> {
  const viewer = await requireUser();
  if (viewer.role !== "admin") notFound();
  return viewer;
}
