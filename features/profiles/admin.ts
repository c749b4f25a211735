/** Profiles in the admin: one per user, made with the user, so never added or deleted here. */
import type { z } from "zod";
import { profileModel } from "@/features/users/model";
import { updateProfile } from "@/features/users/profile";
import { UpdateProfileInput } from "@/features/users/schemas";
import { defineAdmin } from "@/lib/admin/define";
import { getRow } from "@/lib/admin/query";
import { onBehalfOf } from "@/lib/admin/save";

export const profilesAdmin = defineAdmin({
  slug: "profiles",
  title: "Profiles",
  singular: "profile",
  group: "Accounts",
  model: profileModel,
  describe: (profile) => `Profile of ${profile.userId}`,
  list: {
    columns: ["user_id", "location", "timezone", "website", "updated_at"],
    ordering: "-updated_at",
    search: ["bio", "location", "website", "timezone"],
    filters: [{ kind: "ref", name: "user_id", label: "User id" }, { kind: "date-range", name: "updated_at", label: "Updated" }],
  },
  readOnly: ["user_id", "created_at", "updated_at"],
  form: {
    fields: [
      { name: "bio", kind: "textarea" },
      { name: "avatar_url", kind: "url", label: "Avatar URL" },
      "location",
      { name: "website", kind: "url" },
      { name: "timezone", help: "An IANA name such as Europe/Paris." },
      { name: "links", help: "One web address per line." },
    ],
    update: UpdateProfileInput as unknown as z.ZodType<Record<string, unknown>>,
  },
  permissions: { create: false, delete: false },
  save: {
    // The profile DAL changes the viewer's own profile: the admin acts for its user.
    update: async (id, input, ctx) => {
      const userId = String((await getRow(ctx.viewer, profilesAdmin, id)).user_id);
      await updateProfile(onBehalfOf(userId, ctx), input as UpdateProfileInput, ctx.actor);
    },
  },
});
