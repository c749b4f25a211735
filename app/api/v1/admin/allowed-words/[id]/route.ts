import { deleteAllowedWord, getAllowedWord, updateAllowedWord } from "@/features/moderation/words";
import { UpdateAllowedWordInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";
import { noContent } from "@/lib/api/respond";

type Params = { id: string };

export const GET = route<Params>("admin", (ctx) => getAllowedWord(ctx.viewer, ctx.params.id));

export const PATCH = route<Params>("admin", async (ctx) => {
  const input = await ctx.body(UpdateAllowedWordInput);
  return updateAllowedWord(ctx.viewer, ctx.params.id, input, ctx.actor);
});

export const DELETE = route<Params>("admin", async (ctx) => {
  await deleteAllowedWord(ctx.viewer, ctx.params.id, ctx.actor);
  return noContent();
});
