import { notFound } from "next/navigation";
import { requireUser } from "@/features/accounts/current";
import { toLocalInput } from "@/features/todos/dates";
import { getTodo, viewerTimezone } from "@/features/todos/data";
import { NotFoundError } from "@/lib/errors";
import { choiceFromRule } from "@/lib/recurrence";
import { updateTodoAction } from "../../actions";
import { TodoForm } from "../../todo-form";

export const metadata = { title: "Edit todo" };

export default async function EditTodoPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const todo = await getTodo(viewer, id).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const timezone = await viewerTimezone(viewer);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Edit todo</h1>
      <TodoForm
        action={updateTodoAction.bind(null, todo.id)}
        submitLabel="Save changes"
        cancelHref={`/todos/${todo.id}`}
        timezone={timezone}
        keepDue
        initial={{
          title: todo.title,
          description: todo.description,
          status: todo.status,
          priority: todo.priority,
          due_on: toLocalInput(todo.due_on ? new Date(todo.due_on) : null, timezone),
          tags: todo.tags.join(", "),
          recurrence: choiceFromRule(todo.recurrence),
        }}
      />
    </div>
  );
}
