import { deleteTodo, getTodo, updateTodo } from "@/features/todos/data";
import { UpdateTodoInput } from "@/features/todos/schemas";
import { route } from "@/lib/api/handler";
import { noContent } from "@/lib/api/respond";

type Params = { id: string };

export const GET = route<Params>("user", (ctx) => getTodo(ctx.viewer, ctx.params.id));

export const PATCH = route<Params>("user", async (ctx) => {
  const input = await ctx.body(UpdateTodoInput);
  return updateTodo(ctx.viewer, ctx.params.id, input, ctx.actor);
});

export const DELETE = route<Params>("user", async (ctx) => {
  await deleteTodo(ctx.viewer, ctx.params.id, ctx.actor);
  return noContent();
});
