import { getBanNotice, submitAppeal } from "@/features/moderation/appeals";
import { AppealInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

/** The caller's ban, their appeal against it and the last decision. */
export const GET = route("banned-ok", (ctx) => getBanNotice(ctx.viewer));

/** A banned user's one appeal against their current ban: `{message}` → 201. */
export const POST = route("banned-ok", async (ctx) => json(await submitAppeal(ctx.viewer, await ctx.body(AppealInput), ctx.actor), 201));
