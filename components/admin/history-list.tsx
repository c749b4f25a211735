/** A row's history from the audit trail: who changed which fields, from where, and when. */
import { formatValue } from "@/lib/admin/format";
import type { HistoryEntry } from "@/lib/admin/history";

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "∅" : formatValue(value));

export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No recorded changes.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800">
          <p>
            <span className="font-semibold capitalize">{entry.action}</span> by {entry.actorEmail ?? "the system"} from {entry.source},{" "}
            <time dateTime={entry.createdAt.toISOString()}>{formatValue(entry.createdAt)}</time>
          </p>
          {Object.keys(entry.changes).length ? (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(entry.changes).map(([field, [before, after]]) => (
                <li key={field} className="break-words">
                  <code>{field}</code>: {entry.action === "create" ? show(after) : entry.action === "delete" ? show(before) : `${show(before)} → ${show(after)}`}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
