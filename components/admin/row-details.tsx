/** Every visible column of a row, read-only, foreign keys linked to their rows. */
import Link from "next/link";
import type { ResolvedAdmin } from "@/lib/admin/define";
import { formatValue } from "@/lib/admin/format";
import type { AdminRow } from "@/lib/admin/query";
import type { RefLabel } from "@/lib/admin/references";

export function RowDetails({ admin, row, names, refs }: { admin: ResolvedAdmin; row: AdminRow; names: string[]; refs: Map<string, Map<string, RefLabel>> }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {names.map((name) => {
        const column = admin.columns.get(name)!;
        const value = row[name];
        const ref = typeof value === "string" ? refs.get(name)?.get(value) : undefined;
        return (
          <div key={name} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{column.label}</dt>
            <dd className="break-words">
              {ref ? <Link href={ref.href}>{ref.label}</Link> : column.kind === "json" ? <pre className="whitespace-pre-wrap text-xs">{JSON.stringify(value, null, 2)}</pre> : formatValue(value, column.kind) || "—"}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
