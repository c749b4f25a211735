import { deleteBannedWord, getBannedWord, updateBannedWord } from "@/features/moderation/words";
import { UpdateBannedWordInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";
import { noContent } from "@/lib/api/respond";

type Params = { id: string };

export const GET = route<Params>("admin", (ctx) => getBannedWord(ctx.viewer, ctx.params.id));

export const PATCH = route<Params>("admin", async (ctx) => {
  const input = await ctx.body(UpdateBannedWordInput);
  return updateBannedWord(ctx.viewer, ctx.params.id, input, ctx.actor);
});

export const DELETE = route<Params>("admin", async (ctx) => {
  await deleteBannedWord(ctx.viewer, ctx.params.id, ctx.actor);
  return noContent();
});
