import Link from "next/link";
import { requireUser } from "@/features/accounts/current";
import { listTags } from "@/features/tags/data";
import { viewerTimezone } from "@/features/todos/data";
import { listTodos } from "@/features/todos/list";
import { TodoListQuery } from "@/features/todos/schemas";
import { zodFieldErrors } from "@/lib/errors";
import { Filters, type ListParams } from "./filters";
import { LiveRefresh } from "./live-refresh";
import { QuickAdd } from "./quick-add";
import { TodoItem } from "./todo-item";

export const metadata = { title: "Todos" };

const FILTER_KEYS = ["status", "priority", "tag", "q", "due_before", "due_after", "overdue"] as const;

function pageHref(params: ListParams, page: number): string {
  const query = new URLSearchParams(Object.entries({ ...params, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])));
  return `/todos?${query}`;
}

export default async function TodosPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser();
  const raw = await searchParams;
  // Empty fields of the filter form mean "any".
  const params: ListParams = Object.fromEntries(
    Object.entries(raw)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = TodoListQuery.safeParse(params);
  const query = parsed.success ? parsed.data : TodoListQuery.parse({});
  const [page, tags, timezone] = await Promise.all([listTodos(viewer, query), listTags(viewer), viewerTimezone(viewer)]);
  const filtered = FILTER_KEYS.some((k) => params[k]);
  const lastPage = Math.max(1, Math.ceil(page.total / query.page_size));
  const now = new Date();
  const back = pageHref(params, query.page);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Todos</h1>
        <Link href="/todos/new" className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white no-underline hover:bg-indigo-800 dark:text-white">
          New todo
        </Link>
      </header>
      {raw.deleted ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          Todo deleted.
        </p>
      ) : null}
      <LiveRefresh />
      <QuickAdd />
      <Filters params={params} tags={tags.data.map((t) => t.name)} />
      {!parsed.success ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          Some filters could not be read and were ignored: {Object.values(zodFieldErrors(parsed.error)).flat().join(" ")}
        </div>
      ) : null}
      <section aria-labelledby="results-heading" className="flex flex-col gap-3">
        <h2 id="results-heading" className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {page.total === 1 ? "1 todo" : `${page.total.toLocaleString("en")} todos`}
          {filtered ? " match these filters" : ""}
        </h2>
        {page.data.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
            {filtered ? (
              <p>
                Nothing matches these filters. <Link href="/todos" className="underline">Clear the filters</Link> to see all your todos.
              </p>
            ) : page.total > 0 ? (
              <p>
                This page is empty. <Link href={pageHref(params, 1)} className="underline">Go to the first page</Link>.
              </p>
            ) : (
              <p>
                No todos yet. Type one in <strong>Quick add</strong> above, or <Link href="/todos/new" className="underline">create one with all the details</Link> — due dates,
                tags and repeats.
              </p>
            )}
          </div>
        ) : (
          <ul className="flex flex-col gap-2">
            {page.data.map((todo) => (
              <TodoItem key={todo.id} todo={todo} timezone={timezone} now={now} back={back} />
            ))}
          </ul>
        )}
      </section>
      {lastPage > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {query.page > 1 ? <Link href={pageHref(params, Math.min(query.page - 1, lastPage))}>← Previous</Link> : <span />}
          <span>
            Page {query.page} of {lastPage}
          </span>
          {query.page < lastPage ? <Link href={pageHref(params, query.page + 1)}>Next →</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
