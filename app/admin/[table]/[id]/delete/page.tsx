import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/delete-form";
import { pageAdmin } from "@/components/admin/page-admin";
import { cardClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";
import { adminOfTable } from "@/features/admin/registry";
import { dependentsOf } from "@/lib/admin/cascade";
import { getRow } from "@/lib/admin/query";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ table: string; id: string }> };

export const metadata: Metadata = { title: "Delete" };

export default async function AdminDeletePage({ params }: Props) {
  const viewer = await requireAdmin();
  const { table, id } = await params;
  const admin = pageAdmin(table);
  if (!admin.can.delete) notFound();
  const row = await getRow(viewer, admin, id).catch((err: unknown) => (err instanceof NotFoundError ? notFound() : Promise.reject(err)));
  // A registration that deletes through its own DAL (todos: a soft delete) takes nothing else with it.
  const dependents = admin.reg.save?.delete ? [] : await dependentsOf(viewer, admin.reg.model.table, admin.columns.get("id")!.column, [row.id]);
  const title = admin.reg.describe(row as never) || row.id;
  const name = (table: string) => adminOfTable(table)?.reg.title.toLowerCase() ?? table.replace(/_/g, " ");
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin">Admin</Link> / <Link href={`/admin/${admin.slug}`}>{admin.reg.title}</Link> / <Link href={`/admin/${admin.slug}/${row.id}`}>{title}</Link>
      </nav>
      <h1 className="text-2xl font-bold">Delete {admin.reg.singular}?</h1>
      <section className={cardClass} aria-labelledby="effects-heading">
        <h2 id="effects-heading" className="mb-2 font-semibold">
          What this deletes
        </h2>
        <p className="mb-2">
          The {admin.reg.singular} <strong className="break-all">{title}</strong>
          {admin.reg.save?.delete ? " (kept in the database as deleted, and shown here under the “Deleted” filter)." : "."}
        </p>
        {dependents.length ? (
          <ul className="list-disc pl-5" aria-label="Rows that go with it">
            {dependents.map((d) => (
              <li key={`${d.table}.${d.via}.${d.depth}`}>
                {d.count.toLocaleString("en")} {name(d.table)} {d.effect === "deleted" ? "deleted with it" : `kept, with their ${d.via.replace(/_id$|_by$/, "")} link cleared`}
              </li>
            ))}
          </ul>
        ) : (
          <p>Nothing else goes with it.</p>
        )}
      </section>
      <DeleteForm slug={admin.slug} id={row.id} />
    </div>
  );
}
