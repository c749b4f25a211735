import { formatShort } from "@/features/todos/dates";
import type { HistoryEntry } from "@/features/todos/data";
import { PRIORITY_LABELS, STATUS_LABELS } from "../labels";

const HIDDEN = new Set(["id", "owner_id", "created_at", "updated_at", "series_id"]);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function show(field: string, value: unknown, timezone: string): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  if (typeof value === "string" && ISO.test(value)) return formatShort(new Date(value), timezone);
  if (field === "status") return STATUS_LABELS[value as keyof typeof STATUS_LABELS]?.toLowerCase() ?? String(value);
  if (field === "priority") return PRIORITY_LABELS[value as keyof typeof PRIORITY_LABELS]?.toLowerCase() ?? String(value);
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

const SOURCE: Record<string, string> = { page: "on the web", api: "through the API", admin: "by an admin", cli: "from the command line", job: "by the repeat job", system: "by the system" };

/** The audit trail of one todo: "status pending → completed, 24 Nov 18:02". */
export function History({ entries, timezone, viewerId }: { entries: HistoryEntry[]; timezone: string; viewerId: string }) {
  if (entries.length === 0) return <p className="text-sm">No history recorded.</p>;
  return (
    <ol className="flex flex-col gap-3 border-l border-slate-300 pl-4 dark:border-slate-700">
      {entries.map((entry) => {
        const changes = Object.entries(entry.changes).filter(([field]) => !HIDDEN.has(field) && field !== "deleted_at");
        const who = entry.actorId === viewerId ? "you" : entry.actorId ? "someone else" : null;
        return (
          <li key={entry.id} className="text-sm" data-testid="history-entry">
            <p className="font-medium">
              {entry.action === "create" ? "Created" : entry.action === "delete" ? "Deleted" : "Changed"}
              <span className="font-normal text-slate-700 dark:text-slate-300">
                , <time dateTime={entry.at.toISOString()}>{formatShort(entry.at, timezone)}</time>
                {who ? ` by ${who}` : ""} {SOURCE[entry.source] ?? ""}
              </span>
            </p>
            {entry.action === "update" && changes.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {changes.map(([field, [before, after]]) => (
                  <li key={field}>
                    {field.replace(/_/g, " ")} {show(field, before, timezone)} → {show(field, after, timezone)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
