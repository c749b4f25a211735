import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/accounts/current";
import { formatShort } from "@/features/todos/dates";
import { getTodo, getTodoHistory, viewerTimezone } from "@/features/todos/data";
import { NotFoundError } from "@/lib/errors";
import { describeRecurrence } from "@/lib/recurrence";
import { deleteTodoAction, setTodoStatusAction } from "../actions";
import { PRIORITY_LABELS, STATUS_LABELS } from "../labels";
import { History } from "./history";

export const metadata = { title: "Todo" };

export default async function TodoPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const [todo, history, timezone] = await Promise.all([getTodo(viewer, id), getTodoHistory(viewer, id), viewerTimezone(viewer)]).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const when = (iso: string | null) => (iso ? <time dateTime={iso}>{formatShort(new Date(iso), timezone)}</time> : "—");
  const next = todo.status === "completed" ? { status: "pending", label: "Reopen" } : { status: "completed", label: "Mark completed" };
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href="/todos">← All todos</Link>
      </p>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold break-words">{todo.title}</h1>
        <div className="flex flex-wrap gap-2">
          <form action={setTodoStatusAction}>
            <input type="hidden" name="id" value={todo.id} />
            <input type="hidden" name="status" value={next.status} />
            <input type="hidden" name="back" value={`/todos/${todo.id}`} />
            <button type="submit" className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800">
              {next.label}
            </button>
          </form>
          <Link href={`/todos/${todo.id}/edit`} className="rounded-md border border-slate-300 px-4 py-2 font-medium no-underline dark:border-slate-700">
            Edit
          </Link>
          <form action={deleteTodoAction}>
            <input type="hidden" name="id" value={todo.id} />
            <button type="submit" className="rounded-md border border-red-300 px-4 py-2 font-medium text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950">
              Delete
            </button>
          </form>
        </div>
      </header>
      {todo.description ? <p className="whitespace-pre-wrap">{todo.description}</p> : <p className="text-slate-600 dark:text-slate-400">No description.</p>}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium">Status</dt>
        <dd data-testid="detail-status">{STATUS_LABELS[todo.status]}</dd>
        <dt className="font-medium">Priority</dt>
        <dd>{PRIORITY_LABELS[todo.priority]}</dd>
        <dt className="font-medium">Due</dt>
        <dd>{when(todo.due_on)}</dd>
        <dt className="font-medium">Started</dt>
        <dd>{when(todo.started_on)}</dd>
        <dt className="font-medium">Completed</dt>
        <dd>{when(todo.completed_on)}</dd>
        <dt className="font-medium">Repeats</dt>
        <dd>{todo.recurrence ? describeRecurrence(todo.recurrence) : "No"}</dd>
        <dt className="font-medium">Tags</dt>
        <dd>{todo.tags.length ? todo.tags.map((t) => <Link key={t} href={`/todos?tag=${encodeURIComponent(t)}`} className="mr-2">#{t}</Link>) : "None"}</dd>
      </dl>
      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <History entries={history} timezone={timezone} viewerId={viewer.id} />
      </section>
    </div>
  );
}
