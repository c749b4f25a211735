import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { FilterSidebar } from "@/components/admin/filter-sidebar";
import type { TableColumn, TableRow } from "@/components/admin/list-types";
import { pageAdmin } from "@/components/admin/page-admin";
import { Pagination } from "@/components/admin/pagination";
import { SearchForm } from "@/components/admin/search-form";
import { buttonClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";
import { adminOfTable } from "@/features/admin/registry";
import { formatValue } from "@/lib/admin/format";
import { filterSearch, listSearch, parseListQuery } from "@/lib/admin/list-query";
import { listRows } from "@/lib/admin/query";
import { referenceLabels } from "@/lib/admin/references";
import { bulkActionsOf } from "@/lib/admin/save";

type Props = { params: Promise<{ table: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: pageAdmin((await params).table).reg.title };
}

export default async function AdminListPage({ params, searchParams }: Props) {
  const viewer = await requireAdmin();
  const admin = pageAdmin((await params).table);
  const search = await searchParams;
  const query = parseListQuery(admin, search);
  const { rows, total } = await listRows(viewer, admin, query);
  const names = admin.listColumns.map((c) => c.name);
  const refs = await referenceLabels(viewer, admin, rows, names, adminOfTable);

  const columns: TableColumn[] = admin.listColumns.map((c) => {
    const sorted = query.sort.name === c.name ? (query.sort.desc ? "descending" : "ascending") : undefined;
    const next = sorted === "ascending" ? `-${c.name}` : c.name;
    return { name: c.name, label: c.label, sorted, sortHref: c.sortable ? `/admin/${admin.slug}${listSearch(admin, query, { o: next, page: undefined })}` : undefined };
  });
  const tableRows: TableRow[] = rows.map((row) => ({
    id: row.id,
    href: `/admin/${admin.slug}/${row.id}`,
    label: admin.reg.describe(row as never) || row.id,
    cells: names.map((name) => {
      const value = row[name];
      const ref = typeof value === "string" ? refs.get(name)?.get(value) : undefined;
      return ref ? { text: ref.label, href: ref.href } : { text: formatValue(value, admin.columns.get(name)?.kind) };
    }),
  }));
  const actions = bulkActionsOf(admin, viewer).map(({ name, label, confirm, destructive, input }) => ({
    name,
    label,
    confirm: confirm ?? `${label} {count} {table}?`,
    destructive: destructive ?? false,
    input,
  }));
  const filter = filterSearch(admin, query).replace(/^\?/, "");

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{admin.reg.title}</h1>
        <div className="flex flex-wrap gap-2">
          <a href={`/admin/${admin.slug}/export.csv${filter ? `?${filter}` : ""}`} className={buttonClass.secondary} download>
            Export CSV
          </a>
          {admin.can.create ? (
            <Link href={`/admin/${admin.slug}/new`} className={buttonClass.primary}>
              Add {admin.reg.singular}
            </Link>
          ) : null}
        </div>
      </div>
      {search.deleted ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          Deleted.
        </p>
      ) : null}
      <SearchForm admin={admin} query={query} />
      <div className="flex flex-col gap-4 md:flex-row-reverse">
        <FilterSidebar admin={admin} query={query} />
        <div className="min-w-0 flex-1">
          {/* Keyed by the filter: a new filter starts a new selection. */}
          <DataTable key={filter} slug={admin.slug} title={admin.reg.title} noun={admin.reg.title.toLowerCase()} columns={columns} rows={tableRows} total={total} filter={filter} actions={actions} />
          <Pagination admin={admin} query={query} total={total} />
        </div>
      </div>
    </div>
  );
}
