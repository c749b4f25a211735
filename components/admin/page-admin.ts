import { notFound } from "next/navigation";
import { registry } from "@/features/admin/registry";
import type { ResolvedAdmin } from "@/lib/admin/define";

/** The registration behind `/admin/<slug>`, or the 404 page. */
export function pageAdmin(slug: string): ResolvedAdmin {
  return registry.find((admin) => admin.slug === slug) ?? notFound();
}
