"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { signOut } from "@/auth";
import { requireUser } from "@/features/accounts/current";
import { endAllSessions, endSession } from "@/features/accounts/session-list";

async function actorOf(userId: string) {
  return { userId, source: "page" as const, requestId: (await headers()).get("x-request-id") };
}

export async function endSessionAction(form: FormData): Promise<void> {
  const viewer = await requireUser();
  const id = z.uuid().safeParse(form.get("session_id"));
  // An unknown or foreign id is simply not there (the DAL answers NotFound).
  if (id.success) {
    await endSession(viewer, id.data, await actorOf(viewer.id)).catch(() => undefined);
  }
  revalidatePath("/sessions");
  revalidatePath("/tokens");
}

export async function logOutEverywhereAction(): Promise<void> {
  const viewer = await requireUser();
  await endAllSessions(viewer, await actorOf(viewer.id));
  await signOut({ redirectTo: "/login?logged_out=1" });
}
