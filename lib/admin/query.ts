/**
 * The admin's data access: the one module that reads registered tables for the dashboard.
 * SQL is built with Drizzle from the registration's whitelisted columns; user values only
 * ever travel as bound parameters. Every function checks that an admin asks.
 */
import { and, asc, count, desc, eq, gte, ilike, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { NotFoundError } from "@/lib/errors";
import type { ResolvedAdmin, ResolvedColumn } from "./define";
import { isUuid, type ListQuery } from "./list-query";

/** A row keyed by database column names. */
export type AdminRow = Record<string, unknown> & { id: string };

function col(admin: ResolvedAdmin, name: string): ResolvedColumn {
  const found = admin.columns.get(name);
  if (!found) throw new Error(`${admin.slug}: no column ${name}`);
  return found;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function nextDay(day: string): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** The WHERE clause of a list query: every filter AND (any search field matches). */
export function whereOf(admin: ResolvedAdmin, query: ListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  for (const filter of admin.filters) {
    const column = col(admin, filter.name).column;
    const value = query.filters[filter.name];
    switch (filter.kind) {
      case "choice":
      case "ref":
        if (value) conditions.push(eq(column, value));
        break;
      case "boolean":
        if (value) conditions.push(eq(column, value === "true"));
        break;
      case "present":
        if (value) conditions.push(value === "yes" ? isNotNull(column) : isNull(column));
        break;
      case "date-range": {
        const from = query.filters[`${filter.name}__gte`];
        const to = query.filters[`${filter.name}__lte`];
        if (from) conditions.push(gte(column, new Date(`${from}T00:00:00Z`)));
        if (to) conditions.push(lt(column, nextDay(to)));
        break;
      }
    }
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const matches: SQL[] = [];
    for (const field of admin.search) {
      if (field.kind === "uuid") {
        if (isUuid(query.q)) matches.push(eq(field.column, query.q));
      } else if (field.kind === "enum") {
        matches.push(ilike(sql`${field.column}::text`, pattern));
      } else {
        matches.push(ilike(field.column, pattern));
      }
    }
    if (isUuid(query.q)) matches.push(eq(col(admin, "id").column, query.q));
    conditions.push(matches.length ? or(...matches) : sql`false`);
  }
  return and(...conditions);
}

/**
 * Sort column first, then id in the same direction, so pages and export cursors are stable
 * and a keyset step is one row comparison. Nulls come last either way.
 */
export function orderOf(admin: ResolvedAdmin, query: ListQuery): SQL[] {
  const id = col(admin, "id").column;
  const dir = query.sort.desc ? desc : asc;
  if (query.sort.name === "id") return [dir(id)];
  const sort = col(admin, query.sort.name);
  if (!sort.nullable) return [dir(sort.column), dir(id)];
  return [query.sort.desc ? sql`${sort.column} desc nulls last` : sql`${sort.column} asc nulls last`, dir(id)];
}

export function toAdminRow(admin: ResolvedAdmin, raw: Record<string, unknown>): AdminRow {
  const row: Record<string, unknown> = {};
  for (const column of admin.columns.values()) row[column.name] = raw[column.key];
  return row as AdminRow;
}

const tableOf = (admin: ResolvedAdmin) => admin.reg.model.table as PgTable;

export async function listRows(viewer: Viewer, admin: ResolvedAdmin, query: ListQuery): Promise<{ rows: AdminRow[]; total: number }> {
  assertAdmin(viewer);
  const db = getDb();
  const where = whereOf(admin, query);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(tableOf(admin))
      .where(where)
      .orderBy(...orderOf(admin, query))
      .limit(query.perPage)
      .offset((query.page - 1) * query.perPage),
    db.select({ n: count() }).from(tableOf(admin)).where(where),
  ]);
  return { rows: rows.map((r) => toAdminRow(admin, r as Record<string, unknown>)), total: counted?.n ?? 0 };
}

export async function countMatching(viewer: Viewer, admin: ResolvedAdmin, query: ListQuery): Promise<number> {
  assertAdmin(viewer);
  const [counted] = await getDb().select({ n: count() }).from(tableOf(admin)).where(whereOf(admin, query));
  return counted?.n ?? 0;
}

/**
 * The next `limit` ids matching the query after `afterId`, in id order: how a bulk action
 * walks "every row matching this filter" in batches, even while it changes which rows match.
 */
export async function idsMatching(viewer: Viewer, admin: ResolvedAdmin, query: ListQuery, afterId: string | null, limit: number): Promise<string[]> {
  assertAdmin(viewer);
  const id = col(admin, "id").column;
  const rows = await getDb()
    .select({ id })
    .from(tableOf(admin))
    .where(and(whereOf(admin, query), afterId ? sql`${id} > ${afterId}` : undefined))
    .orderBy(asc(id))
    .limit(limit);
  return rows.map((r) => String(r.id));
}

export async function getRow(viewer: Viewer, admin: ResolvedAdmin, id: string): Promise<AdminRow> {
  assertAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const [raw] = await getDb().select().from(tableOf(admin)).where(eq(col(admin, "id").column, id));
  if (!raw) throw new NotFoundError();
  return toAdminRow(admin, raw as Record<string, unknown>);
}

/** Keyset condition "after this row" for the order of `orderOf`; the sort value travels as the database's own text. */
function after(admin: ResolvedAdmin, query: ListQuery, cursor: { value: string | null; id: string }): SQL {
  const id = col(admin, "id").column;
  const beyond = query.sort.desc ? sql.raw("<") : sql.raw(">");
  if (query.sort.name === "id") return sql`${id} ${beyond} ${cursor.id}`;
  const sort = col(admin, query.sort.name);
  if (cursor.value === null) return sql`(${sort.column} is null and ${id} ${beyond} ${cursor.id})`;
  const value = sql`cast(${cursor.value} as ${sql.raw(sort.column.getSQLType())})`;
  // A row comparison, so an index on the sort column can serve each step.
  const next = sql`(${sort.column}, ${id}) ${beyond} (${value}, ${cursor.id}::uuid)`;
  return sort.nullable ? sql`(${next} or ${sort.column} is null)` : next;
}

/** Every row matching the query, in its order, a batch at a time (CSV export of any size). */
export async function* iterateRows(viewer: Viewer, admin: ResolvedAdmin, query: ListQuery, batchSize = 2000): AsyncGenerator<AdminRow[]> {
  assertAdmin(viewer);
  const db = getDb();
  const sortColumn = col(admin, query.sort.name).column;
  let cursor: { value: string | null; id: string } | null = null;
  for (;;) {
    const where = and(whereOf(admin, query), cursor ? after(admin, query, cursor) : undefined);
    const batch = await db
      .select({ row: tableOf(admin) as never, cursor: sql<string | null>`${sortColumn}::text` })
      .from(tableOf(admin))
      .where(where)
      .orderBy(...orderOf(admin, query))
      .limit(batchSize);
    if (batch.length === 0) return;
    yield batch.map((b) => toAdminRow(admin, b.row as Record<string, unknown>));
    const last = batch[batch.length - 1]!;
    cursor = { value: last.cursor, id: String((last.row as { id: unknown }).id) };
    if (batch.length < batchSize) return;
  }
}
