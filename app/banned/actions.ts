"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/features/accounts/current";
import { submitAppeal } from "@/features/moderation/appeals";
import { AppealInput } from "@/features/moderation/schemas";
import { fromZod } from "@/lib/errors";
import { formObject, toActionState, type ActionState } from "@/lib/forms";

/** A banned user's one appeal. A public POST endpoint: the viewer is checked again here and in the DAL. */
export async function submitAppealAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser({ allowBanned: true });
  const parsed = AppealInput.safeParse(formObject(form));
  if (!parsed.success) return toActionState(fromZod(parsed.error), form);
  try {
    await submitAppeal(viewer, parsed.data, { userId: viewer.id, source: "page" });
  } catch (err) {
    return toActionState(err, form);
  }
  revalidatePath("/banned");
  return { ok: true, message: "Your appeal was sent. An admin will look at it." };
}
