import { z } from "zod";
import { endSession } from "@/features/accounts/session-list";
import { route } from "@/lib/api/handler";
import { noContent } from "@/lib/api/respond";
import { NotFoundError } from "@/lib/errors";

export const DELETE = route<{ id: string }>("user", async (ctx) => {
  const id = z.uuid().safeParse(ctx.params.id);
  if (!id.success) throw new NotFoundError("No such session.");
  await endSession(ctx.viewer, id.data, ctx.actor);
  return noContent();
});
