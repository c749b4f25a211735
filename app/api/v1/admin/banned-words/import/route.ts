import { z } from "zod";
import { applyImport, previewImport } from "@/features/moderation/import";
import { route } from "@/lib/api/handler";

/** `{content, format: "txt"|"csv", apply?: false}`: the preview; with `apply: true` the words are added. */
const ImportRequest = z.object({
  content: z.string({ message: "Give the file's text." }).max(2_000_000, "The file is larger than 2 MB."),
  format: z.enum(["txt", "csv"], { message: "Choose txt or csv." }).default("txt"),
  apply: z.boolean().default(false),
});

export const POST = route("admin", async (ctx) => {
  const input = await ctx.body(ImportRequest);
  const result = input.apply ? await applyImport(ctx.viewer, input.content, input.format, ctx.actor) : await previewImport(ctx.viewer, input.content, input.format);
  return { applied: input.apply, ...result };
});
