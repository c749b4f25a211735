/**
 * What else a delete takes with it: the rows that reference it through a foreign key with
 * ON DELETE CASCADE (and, in turn, theirs), and the rows that only lose the link
 * (SET NULL). Read from the Drizzle schema, so it stays true when tables are added.
 */
import { count, getTableName, inArray, is, type SQLWrapper } from "drizzle-orm";
import { getTableConfig, PgTable, type PgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";

export interface Dependent {
  table: string;
  /** The referencing column. */
  via: string;
  effect: "deleted" | "unlinked";
  count: number;
  depth: number;
}

interface Edge {
  child: PgTable;
  childColumn: PgColumn;
  parentColumn: PgColumn;
  onDelete: string | undefined;
}

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

function edgesTo(parent: PgTable): Edge[] {
  const edges: Edge[] = [];
  for (const child of tables) {
    for (const fk of getTableConfig(child).foreignKeys) {
      const ref = fk.reference();
      if (ref.foreignTable !== parent || ref.columns.length !== 1) continue;
      edges.push({ child, childColumn: ref.columns[0]!, parentColumn: ref.foreignColumns[0]!, onDelete: fk.onDelete });
    }
  }
  return edges;
}

/** `parentRows` selects the parent rows being deleted, as a subquery on any parent column. */
async function walk(parent: PgTable, parentRows: (column: PgColumn) => SQLWrapper, depth: number, out: Dependent[]): Promise<void> {
  if (depth > 3) return;
  for (const edge of edgesTo(parent)) {
    if (edge.onDelete !== "cascade" && edge.onDelete !== "set null") continue;
    const condition = inArray(edge.childColumn, parentRows(edge.parentColumn));
    const [counted] = await getDb().select({ n: count() }).from(edge.child).where(condition);
    const n = counted?.n ?? 0;
    if (n === 0) continue;
    out.push({ table: getTableName(edge.child), via: edge.childColumn.name, effect: edge.onDelete === "cascade" ? "deleted" : "unlinked", count: n, depth });
    if (edge.onDelete === "cascade" && edge.child !== parent) {
      await walk(edge.child, (column) => getDb().select({ v: column }).from(edge.child).where(condition), depth + 1, out);
    }
  }
}

export async function dependentsOf(viewer: Viewer, table: PgTable, idColumn: PgColumn, ids: string[]): Promise<Dependent[]> {
  assertAdmin(viewer);
  const out: Dependent[] = [];
  await walk(table, (column) => getDb().select({ v: column }).from(table).where(inArray(idColumn, ids)), 1, out);
  return out;
}
