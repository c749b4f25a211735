import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageAdmin } from "@/components/admin/page-admin";
import { RowForm } from "@/components/admin/row-form";
import { cardClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";

type Props = { params: Promise<{ table: string }> };

export const metadata: Metadata = { title: "Add" };

export default async function AdminCreatePage({ params }: Props) {
  await requireAdmin();
  const admin = pageAdmin((await params).table);
  if (!admin.can.create) notFound();
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin">Admin</Link> / <Link href={`/admin/${admin.slug}`}>{admin.reg.title}</Link>
      </nav>
      <h1 className="text-2xl font-bold">Add {admin.reg.singular}</h1>
      <section className={cardClass} aria-label={`New ${admin.reg.singular}`}>
        <RowForm slug={admin.slug} id={null} fields={admin.fields} values={{}} />
      </section>
    </div>
  );
}
