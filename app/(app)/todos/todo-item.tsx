import clsx from "clsx";
import Link from "next/link";
import { formatShort } from "@/features/todos/dates";
import type { TodoDto, TodoStatus } from "@/features/todos/schemas";
import { setTodoStatusAction } from "./actions";
import { PRIORITY_LABELS, PRIORITY_STYLE, STATUS_LABELS } from "./labels";

/** The one-click next step of each status. */
const NEXT: Record<TodoStatus, { status: TodoStatus; label: string }> = {
  pending: { status: "in_progress", label: "Start" },
  in_progress: { status: "completed", label: "Complete" },
  completed: { status: "pending", label: "Reopen" },
};

export function TodoItem({ todo, timezone, now, back }: { todo: TodoDto; timezone: string; now: Date; back: string }) {
  const due = todo.due_on ? new Date(todo.due_on) : null;
  const overdue = due !== null && due < now && todo.status !== "completed";
  const next = NEXT[todo.status];
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:flex-row sm:items-center dark:border-slate-800 dark:bg-slate-900" data-testid="todo-item">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <Link href={`/todos/${todo.id}`} className={clsx("font-medium break-words", todo.status === "completed" && "text-slate-600 line-through dark:text-slate-400")}>
          {todo.title}
        </Link>
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800 dark:bg-slate-800 dark:text-slate-200" data-testid="todo-status">
            {STATUS_LABELS[todo.status]}
          </span>
          <span className={clsx("rounded px-2 py-0.5", PRIORITY_STYLE[todo.priority])}>{PRIORITY_LABELS[todo.priority]}</span>
          {due ? (
            <span className={clsx(overdue ? "font-semibold text-red-700 dark:text-red-400" : "text-slate-700 dark:text-slate-300")}>
              {overdue ? "Overdue: " : "Due "}
              <time dateTime={todo.due_on!}>{formatShort(due, timezone, now)}</time>
            </span>
          ) : null}
          {todo.recurrence ? <span className="text-slate-700 dark:text-slate-300">Repeats</span> : null}
          {todo.tags.map((t) => (
            <Link key={t} href={`/todos?tag=${encodeURIComponent(t)}`} className="rounded-full border border-slate-300 px-2 py-0.5 no-underline dark:border-slate-700">
              #{t}
            </Link>
          ))}
        </div>
      </div>
      <form action={setTodoStatusAction}>
        <input type="hidden" name="id" value={todo.id} />
        <input type="hidden" name="status" value={next.status} />
        <input type="hidden" name="back" value={back} />
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          aria-label={`${next.label}: ${todo.title}`}
        >
          {next.label}
        </button>
      </form>
    </li>
  );
}
