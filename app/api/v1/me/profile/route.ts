import { UpdateProfileInput } from "@/features/users/schemas";
import { updateProfile } from "@/features/users/profile";
import { route } from "@/lib/api/handler";

export const PATCH = route("user", async (ctx) => updateProfile(ctx.viewer, await ctx.body(UpdateProfileInput), ctx.actor));
