import { createBannedWord, listBannedWords } from "@/features/moderation/words";
import { BannedWordListQuery, CreateBannedWordInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";
import { paginate } from "@/lib/api/pagination";
import { json } from "@/lib/api/respond";

export const GET = route("admin", async (ctx) => {
  const query = ctx.query(BannedWordListQuery);
  const { rows, total } = await listBannedWords(ctx.viewer, query);
  return paginate(rows, total, query, ctx.url);
});

export const POST = route("admin", async (ctx) => {
  const input = await ctx.body(CreateBannedWordInput);
  return json(await createBannedWord(ctx.viewer, input, ctx.actor), 201);
});
