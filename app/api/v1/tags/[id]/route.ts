import { deleteTag, renameTag } from "@/features/tags/data";
import { RenameTagInput } from "@/features/tags/schemas";
import { route } from "@/lib/api/handler";
import { noContent } from "@/lib/api/respond";

type Params = { id: string };

export const PATCH = route<Params>("user", async (ctx) => renameTag(ctx.viewer, ctx.params.id, await ctx.body(RenameTagInput), ctx.actor));

export const DELETE = route<Params>("user", async (ctx) => {
  await deleteTag(ctx.viewer, ctx.params.id, ctx.actor);
  return noContent();
});
