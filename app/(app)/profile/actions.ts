"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireUser } from "@/features/accounts/current";
import { updateProfile } from "@/features/users/profile";
import { UpdateProfileInput } from "@/features/users/schemas";
import { fromZod } from "@/lib/errors";
import { toActionState, type ActionState } from "@/lib/forms";

/** The form's strings as the API's PATCH body: empty URL fields clear them, links one per line. */
function profileInput(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "");
  const url = (name: string) => text(name).trim() || null;
  return {
    bio: text("bio"),
    avatar_url: url("avatar_url"),
    location: text("location"),
    website: url("website"),
    timezone: text("timezone"),
    links: text("links")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

export async function updateProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const parsed = UpdateProfileInput.safeParse(profileInput(form));
  if (!parsed.success) return toActionState(fromZod(parsed.error), form);
  try {
    await updateProfile(viewer, parsed.data, { userId: viewer.id, source: "page", requestId: (await headers()).get("x-request-id") });
  } catch (err) {
    return toActionState(err, form);
  }
  revalidatePath("/profile");
  return { ok: true, message: "Profile saved." };
}
