import { decideAppeal } from "@/features/moderation/appeals";
import { DecideAppealInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";

type Params = { id: string };

/** `{decision: "accept"|"reject", note?}`: accepting lifts the ban. */
export const POST = route<Params>("admin", async (ctx) => decideAppeal(ctx.viewer, ctx.params.id, await ctx.body(DecideAppealInput), ctx.actor));
