"use client";
/**
 * A list's rows with sortable headers and row selection. Selecting the whole page offers
 * "select all N matching this filter", which hands the bulk bar the filter instead of ids.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BulkBar } from "./bulk-bar";
import type { BulkActionInfo, TableColumn, TableRow } from "./list-types";

interface Props {
  slug: string;
  title: string;
  noun: string;
  columns: TableColumn[];
  rows: TableRow[];
  total: number;
  filter: string;
  actions: BulkActionInfo[];
}

const linkButton = "font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300";

export function DataTable({ slug, title, noun, columns, rows, total, filter, actions }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const selectable = actions.length > 0;
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
    setAllMatching(false);
  };
  const togglePage = () => {
    setSelected(allOnPage ? new Set() : new Set(rows.map((r) => r.id)));
    setAllMatching(false);
  };
  const clear = () => {
    setSelected(new Set());
    setAllMatching(false);
  };

  return (
    <div className="flex flex-col gap-3">
      {selectable ? (
        <BulkBar
          slug={slug}
          noun={noun}
          actions={actions}
          ids={allMatching ? null : [...selected]}
          count={allMatching ? total : selected.size}
          filter={filter}
          onDone={() => {
            clear();
            router.refresh();
          }}
        />
      ) : null}
      {selectable && allOnPage && total > rows.length ? (
        <p className="rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-950 dark:bg-indigo-950 dark:text-indigo-100">
          {allMatching ? (
            <>
              All {total.toLocaleString("en")} {noun} matching this filter are selected.{" "}
              <button type="button" className={linkButton} onClick={clear}>
                Clear selection
              </button>
            </>
          ) : (
            <>
              All {rows.length} {noun} on this page are selected.{" "}
              <button type="button" className={linkButton} onClick={() => setAllMatching(true)}>
                Select all {total.toLocaleString("en")} {noun} matching this filter
              </button>
            </>
          )}
        </p>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
            <tr>
              {selectable ? (
                <th scope="col" className="w-10 px-3 py-2">
                  <input type="checkbox" aria-label="Select every row on this page" checked={allOnPage} onChange={togglePage} className="h-4 w-4 accent-indigo-700" />
                </th>
              ) : null}
              {columns.map((column) => (
                <th key={column.name} scope="col" aria-sort={column.sorted} className="whitespace-nowrap px-3 py-2 font-semibold">
                  {column.sortHref ? (
                    <Link href={column.sortHref} className="text-slate-900! no-underline hover:underline dark:text-slate-100!">
                      {column.label}
                      <span aria-hidden="true">{column.sorted === "ascending" ? " ▲" : column.sorted === "descending" ? " ▼" : ""}</span>
                    </Link>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                {selectable ? (
                  <td className="px-3 py-2">
                    <input type="checkbox" aria-label={`Select ${row.label}`} checked={allMatching || selected.has(row.id)} onChange={() => toggle(row.id)} className="h-4 w-4 accent-indigo-700" />
                  </td>
                ) : null}
                {row.cells.map((cell, i) => (
                  <td key={columns[i]!.name} className="max-w-xs truncate px-3 py-2">
                    {i === 0 ? <Link href={row.href}>{cell.text || "(empty)"}</Link> : cell.href ? <Link href={cell.href}>{cell.text}</Link> : cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
