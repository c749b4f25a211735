import { requireUser } from "@/features/accounts/current";
import { viewerTimezone } from "@/features/todos/data";
import { createTodoAction } from "../actions";
import { TodoForm } from "../todo-form";

export const metadata = { title: "New todo" };

export default async function NewTodoPage() {
  const viewer = await requireUser();
  const timezone = await viewerTimezone(viewer);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">New todo</h1>
      <TodoForm
        action={createTodoAction}
        submitLabel="Create todo"
        cancelHref="/todos"
        timezone={timezone}
        initial={{ title: "", description: "", status: "pending", priority: "normal", due_on: "", tags: "", recurrence: { preset: "none" } }}
      />
    </div>
  );
}
