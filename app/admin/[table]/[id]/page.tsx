import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/admin/history-list";
import { pageAdmin } from "@/components/admin/page-admin";
import { RowActionForm } from "@/components/admin/row-action-form";
import { RowDetails } from "@/components/admin/row-details";
import { RowForm } from "@/components/admin/row-form";
import { buttonClass, cardClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";
import { adminOfTable, registry } from "@/features/admin/registry";
import { fieldValue } from "@/lib/admin/form-input";
import { historyOf } from "@/lib/admin/history";
import { getRow } from "@/lib/admin/query";
import { referenceLabels, relatedLists } from "@/lib/admin/references";
import { rowActionsOf } from "@/lib/admin/save";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ table: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: pageAdmin((await params).table).reg.singular };
}

export default async function AdminRowPage({ params, searchParams }: Props) {
  const viewer = await requireAdmin();
  const { table, id } = await params;
  const admin = pageAdmin(table);
  const row = await getRow(viewer, admin, id).catch((err: unknown) => (err instanceof NotFoundError ? notFound() : Promise.reject(err)));
  const editable = admin.can.update ? admin.fields.filter((f) => !f.createOnly) : [];
  const editing = new Set(editable.map((f) => f.name));
  const shown = [...admin.columns.keys()].filter((name) => !admin.hidden.has(name) && !editing.has(name));
  const [refs, history, related] = await Promise.all([
    referenceLabels(viewer, admin, [row], shown, adminOfTable),
    historyOf(viewer, admin.tableName, row.id),
    relatedLists(viewer, admin, row.id, registry),
  ]);
  const values = Object.fromEntries(editable.map((f) => [f.name, fieldValue(f, row[f.name])]));
  const actions = rowActionsOf(admin, viewer);
  const title = admin.reg.describe(row as never) || row.id;

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin">Admin</Link> / <Link href={`/admin/${admin.slug}`}>{admin.reg.title}</Link>
      </nav>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="break-all text-2xl font-bold">{title}</h1>
        {admin.can.delete ? (
          <Link href={`/admin/${admin.slug}/${row.id}/delete`} className={buttonClass.secondary}>
            Delete…
          </Link>
        ) : null}
      </div>
      {(await searchParams).saved ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          Saved.
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        {editable.length ? (
          <section aria-labelledby="edit-heading" className={cardClass}>
            <h2 id="edit-heading" className="mb-4 text-lg font-semibold">
              Edit {admin.reg.singular}
            </h2>
            <RowForm slug={admin.slug} id={row.id} fields={editable} values={values} />
          </section>
        ) : null}
        <section aria-labelledby="details-heading" className={cardClass}>
          <h2 id="details-heading" className="mb-4 text-lg font-semibold">
            Details
          </h2>
          <RowDetails admin={admin} row={row} names={shown} refs={refs} />
        </section>
        {related.length ? (
          <section aria-labelledby="related-heading" className={cardClass}>
            <h2 id="related-heading" className="mb-4 text-lg font-semibold">
              Related rows
            </h2>
            <ul className="flex flex-col gap-1 text-sm">
              {related.map((r) => (
                <li key={r.href}>
                  <Link href={r.href}>{r.title}</Link>: {r.count.toLocaleString("en")}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {actions.length ? (
          <section aria-labelledby="actions-heading" className={cardClass}>
            <h2 id="actions-heading" className="mb-4 text-lg font-semibold">
              Actions
            </h2>
            <div className="flex flex-col gap-3">
              {actions.map(({ name, label, confirm, destructive, input }) => (
                <RowActionForm
                  key={name}
                  slug={admin.slug}
                  id={row.id}
                  action={{ name, label, confirm: (confirm ?? `${label}?`).replace("{count}", "1").replace("{table}", admin.reg.singular), destructive: destructive ?? false, input }}
                />
              ))}
            </div>
          </section>
        ) : null}
        <section aria-labelledby="history-heading" className={cardClass}>
          <h2 id="history-heading" className="mb-4 text-lg font-semibold">
            History
          </h2>
          <HistoryList entries={history} />
        </section>
      </div>
    </div>
  );
}
