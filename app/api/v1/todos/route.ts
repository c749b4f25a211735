import { createTodo } from "@/features/todos/data";
import { listTodos } from "@/features/todos/list";
import { CreateTodoInput, TodoListQuery } from "@/features/todos/schemas";
import { route } from "@/lib/api/handler";
import { paginate } from "@/lib/api/pagination";
import { json } from "@/lib/api/respond";

export const GET = route("user", async (ctx) => {
  const query = ctx.query(TodoListQuery);
  const page = await listTodos(ctx.viewer, query);
  return paginate(page.data, page.total, query, ctx.url);
});

export const POST = route("user", async (ctx) => {
  const input = await ctx.body(CreateTodoInput);
  return json(await createTodo(ctx.viewer, input, ctx.actor), 201);
});
