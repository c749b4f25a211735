import Link from "next/link";
import { inputClass } from "@/components/forms/field";
import { ORDERING_FIELDS, TODO_PRIORITIES, TODO_STATUSES } from "@/features/todos/schemas";
import { PRIORITY_LABELS, STATUS_LABELS } from "./labels";

export type ListParams = Record<string, string | undefined>;

const ORDERING_LABELS: Record<string, string> = {
  "-created_at": "Newest first",
  created_at: "Oldest first",
  due_on: "Due soonest",
  "-due_on": "Due latest",
  "-priority": "Most urgent",
  priority: "Least urgent",
  title: "Title A–Z",
  "-title": "Title Z–A",
  "-updated_at": "Recently changed",
  status: "Status",
};

const small = `${inputClass} py-1.5 text-sm`;

/** One labelled filter select whose first choice, "Any", leaves the filter off. */
function Choice({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: [string, string][] }) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={small}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filters live in the URL, so they work without JavaScript and can be bookmarked. */
export function Filters({ params, tags }: { params: ListParams; tags: string[] }) {
  const orderings = Object.keys(ORDERING_LABELS).filter((o) => (ORDERING_FIELDS as readonly string[]).includes(o.replace(/^-/, "")));
  return (
    <form method="get" action="/todos" role="search" aria-label="Filter todos" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="filter-q" className="text-sm font-medium">
          Search title or description
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={params.q ?? ""} className={small} />
      </div>
      <Choice name="status" label="Status" value={params.status} options={TODO_STATUSES.map((s) => [s, STATUS_LABELS[s]])} />
      <Choice name="priority" label="Priority" value={params.priority} options={TODO_PRIORITIES.map((p) => [p, PRIORITY_LABELS[p]])} />
      <Choice name="tag" label="Tag" value={params.tag} options={tags.map((t) => [t, t])} />
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-due-after" className="text-sm font-medium">
          Due from
        </label>
        <input id="filter-due-after" name="due_after" type="date" defaultValue={params.due_after ?? ""} className={small} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-due-before" className="text-sm font-medium">
          Due before
        </label>
        <input id="filter-due-before" name="due_before" type="date" defaultValue={params.due_before ?? ""} className={small} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-ordering" className="text-sm font-medium">
          Sort
        </label>
        <select id="filter-ordering" name="ordering" defaultValue={params.ordering ?? "-created_at"} className={small}>
          {orderings.map((o) => (
            <option key={o} value={o}>
              {ORDERING_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-4">
        <label className="mr-auto flex items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" value="true" defaultChecked={params.overdue === "true"} />
          Only overdue
        </label>
        <button type="submit" className="rounded-md bg-indigo-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-800">
          Apply
        </button>
        <Link href="/todos" className="text-sm">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
