import { applyImport, previewImport } from "@/features/moderation/import";
import { ImportBannedWordsInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";

export const POST = route("admin", async (ctx) => {
  const input = await ctx.body(ImportBannedWordsInput);
  const result = input.apply ? await applyImport(ctx.viewer, input.content, input.format, ctx.actor) : await previewImport(ctx.viewer, input.content, input.format);
  return { applied: input.apply, ...result };
});
