/**
 * Foreign keys shown as links with the referenced row's name (a todo's owner as the user's
 * e-mail, linking to /admin/users/<id>), looked up in one query per referenced table.
 */
import { count, eq, getTableName, inArray } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import type { ResolvedAdmin } from "./define";
import { toAdminRow, type AdminRow } from "./query";

export interface RefLabel {
  label: string;
  href: string;
}

/** Referenced table name by referencing column name, for single-column foreign keys. */
export function foreignKeys(admin: ResolvedAdmin): Map<string, string> {
  const out = new Map<string, string>();
  for (const fk of getTableConfig(admin.reg.model.table as PgTable).foreignKeys) {
    const ref = fk.reference();
    if (ref.columns.length === 1) out.set(ref.columns[0]!.name, getTableName(ref.foreignTable));
  }
  return out;
}

/** Labels for the referenced rows of `columns` in `rows`: `labels.get(column)?.get(id)`. */
export async function referenceLabels(
  viewer: Viewer,
  admin: ResolvedAdmin,
  rows: AdminRow[],
  columns: string[],
  adminOfTable: (table: string) => ResolvedAdmin | undefined,
): Promise<Map<string, Map<string, RefLabel>>> {
  assertAdmin(viewer);
  const fks = foreignKeys(admin);
  const out = new Map<string, Map<string, RefLabel>>();
  for (const column of columns) {
    const target = adminOfTable(fks.get(column) ?? "");
    if (!target) continue;
    const ids = [...new Set(rows.map((r) => r[column]).filter((v): v is string => typeof v === "string"))];
    const labels = new Map<string, RefLabel>();
    if (ids.length > 0) {
      const idColumn = target.columns.get("id")!.column;
      const found = await getDb().select().from(target.reg.model.table as PgTable).where(inArray(idColumn, ids));
      for (const raw of found) {
        const row = toAdminRow(target, raw as Record<string, unknown>);
        labels.set(row.id, { label: target.reg.describe(raw as never), href: `/admin/${target.slug}/${row.id}` });
      }
    }
    out.set(column, labels);
  }
  return out;
}

export interface RelatedList {
  title: string;
  href: string;
  count: number;
}

/**
 * The other way round: lists of rows that point at this one (a user's todos, sessions,
 * moderation logs), for every registered table with an id filter on the pointing column.
 */
export async function relatedLists(viewer: Viewer, admin: ResolvedAdmin, id: string, all: ResolvedAdmin[]): Promise<RelatedList[]> {
  assertAdmin(viewer);
  const out: RelatedList[] = [];
  for (const other of all) {
    const fks = foreignKeys(other);
    for (const filter of other.filters) {
      if (filter.kind !== "ref" || fks.get(filter.name) !== admin.tableName) continue;
      const column = other.columns.get(filter.name)!.column;
      const [counted] = await getDb().select({ n: count() }).from(other.reg.model.table as PgTable).where(eq(column, id));
      out.push({ title: `${other.reg.title} (${filter.label.toLowerCase()})`, href: `/admin/${other.slug}?${filter.name}=${id}`, count: counted?.n ?? 0 });
    }
  }
  return out;
}
