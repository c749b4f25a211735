"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireUser } from "@/features/accounts/current";
import { deleteTag, renameTag } from "@/features/tags/data";
import { RenameTagInput } from "@/features/tags/schemas";
import { parseInput } from "@/lib/errors";
import { toActionState, type ActionState } from "@/lib/forms";

export async function renameTagAction(id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  try {
    const input = parseInput(RenameTagInput, { name: form.get("name") });
    await renameTag(viewer, id, input, { userId: viewer.id, source: "page", requestId: (await headers()).get("x-request-id") });
  } catch (err) {
    return toActionState(err, form);
  }
  revalidatePath("/tags");
  revalidatePath("/todos");
  return { ok: true, message: "Renamed." };
}

export async function deleteTagAction(form: FormData): Promise<void> {
  const viewer = await requireUser();
  await deleteTag(viewer, String(form.get("id") ?? ""), { userId: viewer.id, source: "page", requestId: (await headers()).get("x-request-id") });
  revalidatePath("/tags");
  revalidatePath("/todos");
}
