import { z } from "zod";
import { createTodos } from "@/features/todos/bulk";
import { route } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

// The DAL parses the rows itself (BulkCreateTodosInput) so errors are keyed by row index ("3.title").
const AnyObject = z.looseObject({});

export const POST = route("user", async (ctx) => {
  const input = await ctx.body(AnyObject);
  return json({ data: await createTodos(ctx.viewer, input, ctx.actor) }, 201);
});
