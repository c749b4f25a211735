import { createAllowedWord, listAllowedWords } from "@/features/moderation/words";
import { AllowedWordListQuery, CreateAllowedWordInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";
import { paginate } from "@/lib/api/pagination";
import { json } from "@/lib/api/respond";

export const GET = route("admin", async (ctx) => {
  const query = ctx.query(AllowedWordListQuery);
  const { rows, total } = await listAllowedWords(ctx.viewer, query);
  return paginate(rows, total, query, ctx.url);
});

export const POST = route("admin", async (ctx) => {
  const input = await ctx.body(CreateAllowedWordInput);
  return json(await createAllowedWord(ctx.viewer, input, ctx.actor), 201);
});
