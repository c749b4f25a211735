/**
 * The one write path (Django's save() + signals). Every create, update and delete of a
 * domain table goes through here: inside the caller's transaction it reads the previous
 * row, writes, computes the changed fields, and records one audit entry and one outbox
 * event. If anything fails the transaction rolls back and leaves neither.
 */
import { eq, getTableColumns, sql, getTableName, type InferInsertModel, type InferSelectModel } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { pgError } from "@/db/errors";
import { auditEntries, events } from "@/db/schema";
import { insertMany, jsonInsert } from "./bulk-insert";
import { NotFoundError, ValidationError } from "./errors";

export type Source = "page" | "api" | "admin" | "cli" | "job" | "system";

/** Who writes, and from where: carried into the audit trail and the event. */
export interface Actor {
  userId: string | null;
  source: Source;
  requestId?: string | null;
}

export const systemActor = (source: Source = "system"): Actor => ({ userId: null, source });

export type IdTable = PgTable & { id: PgColumn };
export type Row<T extends IdTable> = InferSelectModel<T>;
export type Values<T extends IdTable> = InferInsertModel<T>;
export type Changes = Record<string, [unknown, unknown]>;

export interface WriteResult<T extends IdTable> {
  action: "create" | "update" | "delete";
  before: Row<T> | null;
  after: Row<T> | null;
  /** Changed fields by column name: `{status: ["pending", "completed"]}`. */
  changes: Changes;
  eventId: string | null;
}

/** A table's registration with the write path: its event name and how to read its errors. */
export interface Model<T extends IdTable> {
  table: T;
  /** Singular name used in event types: `todo` → `todo.created`. */
  name: string;
  /** Columns whose values never reach the audit trail or events. */
  redact?: (keyof Row<T>)[];
  /** The user a row belongs to, so live feeds show it only to them (and admins). */
  audience?: (row: Row<T>) => string | null;
  /** Event types other than `<name>.created|updated|deleted`, e.g. `moderation.hit` for a new log row. */
  events?: Partial<Record<"create" | "update" | "delete", string>>;
  /** Database constraints translated to field errors. */
  constraints?: Record<string, { field: string; message: string }>;
}

export function defineModel<T extends IdTable>(model: Model<T>): Model<T> {
  return model;
}

function serialize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

function columnNames<T extends IdTable>(model: Model<T>): [string, string][] {
  return Object.entries(getTableColumns(model.table)).map(([key, col]) => [key, (col as PgColumn).name]);
}

/** The fields that differ between two versions of a row, by column name, with secrets redacted. */
export function diff<T extends IdTable>(model: Model<T>, before: Row<T> | null, after: Row<T> | null): Changes {
  const changes: Changes = {};
  const redacted = new Set((model.redact ?? []) as string[]);
  for (const [key, name] of columnNames(model)) {
    if (key === "updatedAt") continue;
    const a = serialize(before ? (before as Record<string, unknown>)[key] : null);
    const b = serialize(after ? (after as Record<string, unknown>)[key] : null);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changes[name] = redacted.has(key) ? ["***", "***"] : [a, b];
  }
  return changes;
}

/** A row as plain JSON by column name, secrets left out (event payloads). */
export function snapshot<T extends IdTable>(model: Model<T>, row: Row<T>): Record<string, unknown> {
  const redacted = new Set((model.redact ?? []) as string[]);
  const out: Record<string, unknown> = {};
  for (const [key, name] of columnNames(model)) {
    if (!redacted.has(key)) out[name] = serialize((row as Record<string, unknown>)[key]);
  }
  return out;
}

function translate<T extends IdTable>(model: Model<T>, err: unknown): never {
  const info = pgError(err);
  const mapped = info?.constraint ? model.constraints?.[info.constraint] : undefined;
  if (mapped) throw ValidationError.field(mapped.field, mapped.message);
  throw err;
}

function eventTypeOf<T extends IdTable>(model: Model<T>, action: WriteResult<T>["action"]): string {
  return model.events?.[action] ?? `${model.name}.${action === "create" ? "created" : action === "update" ? "updated" : "deleted"}`;
}

/** Wakes the live feeds of every instance when this transaction commits (lib/events/feed.ts). */
export const EVENTS_CHANNEL = "warden_events";
async function notifyEvents(tx: Tx) {
  await tx.execute(sql`SELECT pg_notify(${EVENTS_CHANNEL}, '')`);
}

async function record<T extends IdTable>(
  tx: Tx,
  model: Model<T>,
  actor: Actor,
  action: WriteResult<T>["action"],
  row: Row<T>,
  changes: Changes,
  eventType?: string,
): Promise<string> {
  const rowId = String(row.id);
  const tableName = getTableName(model.table);
  await tx.insert(auditEntries).values({
    actorId: actor.userId,
    source: actor.source,
    action,
    tableName,
    rowId,
    changes,
    requestId: actor.requestId ?? null,
  });
  const type = eventType ?? eventTypeOf(model, action);
  const [event] = await tx
    .insert(events)
    .values({
      type,
      tableName,
      rowId,
      actorId: actor.userId,
      audienceUserId: model.audience?.(row) ?? null,
      payload: { id: rowId, changes, row: action === "delete" ? null : snapshot(model, row), source: actor.source },
    })
    .returning({ id: events.id });
  await notifyEvents(tx);
  return event!.id;
}

/**
 * Changes that are not columns of the row but belong on its audit entry and event, e.g. a
 * todo's tags (`{tags: [["home"], ["home", "work"]]}`): link tables such as todo_tags have no
 * id and no history of their own, so their rows are written by the feature beside the
 * owning row's write and recorded here, in the same transaction.
 */
export interface ExtraChanges {
  extraChanges?: Changes;
}

export async function createRow<T extends IdTable>(
  tx: Tx,
  model: Model<T>,
  values: Values<T>,
  actor: Actor,
  options: ExtraChanges = {},
): Promise<WriteResult<T> & { after: Row<T> }> {
  let after: Row<T>;
  try {
    [after] = (await tx.insert(model.table).values(values as never).returning()) as Row<T>[] as [Row<T>];
  } catch (err) {
    translate(model, err);
  }
  const changes = { ...diff(model, null, after), ...options.extraChanges };
  const eventId = await record(tx, model, actor, "create", after, changes);
  return { action: "create", before: null, after, changes, eventId };
}

/** Locks and reads a row by id inside the transaction, or throws NotFound. */
export async function lockRow<T extends IdTable>(tx: Tx, model: Model<T>, id: string): Promise<Row<T>> {
  const [row] = (await tx.select().from(model.table as PgTable).where(eq(model.table.id, id)).for("update")) as Row<T>[];
  if (!row) throw new NotFoundError();
  return row;
}

export interface UpdateOptions<T extends IdTable> extends ExtraChanges {
  /** The row as already locked by the caller (saves a read). */
  before?: Row<T>;
  /** Event type other than `<name>.updated` (e.g. `user.banned`, `todo.deleted` for a soft delete). */
  eventType?: string;
  auditAction?: "update" | "delete";
}

/** Updates the given fields; a patch that changes nothing writes nothing and raises no event. */
export async function updateRow<T extends IdTable>(
  tx: Tx,
  model: Model<T>,
  id: string,
  patch: Partial<Values<T>>,
  actor: Actor,
  options: UpdateOptions<T> = {},
): Promise<WriteResult<T> & { before: Row<T>; after: Row<T> }> {
  const before = options.before ?? (await lockRow(tx, model, id));
  const candidate = { ...before, ...patch } as Row<T>;
  const extra = options.extraChanges ?? {};
  if (Object.keys(diff(model, before, candidate)).length === 0 && Object.keys(extra).length === 0) {
    return { action: "update", before, after: before, changes: {}, eventId: null };
  }
  const columns = getTableColumns(model.table);
  const set = { ...patch, ...("updatedAt" in columns ? { updatedAt: new Date() } : {}) };
  let after: Row<T>;
  try {
    [after] = (await tx.update(model.table).set(set as never).where(eq(model.table.id, id)).returning()) as Row<T>[] as [Row<T>];
  } catch (err) {
    translate(model, err);
  }
  const changes = { ...diff(model, before, after), ...extra };
  const eventId = await record(tx, model, actor, options.auditAction ?? "update", after, changes, options.eventType);
  return { action: "update", before, after, changes, eventId };
}

export async function deleteRow<T extends IdTable>(
  tx: Tx,
  model: Model<T>,
  id: string,
  actor: Actor,
): Promise<WriteResult<T> & { before: Row<T> }> {
  const before = await lockRow(tx, model, id);
  try {
    await tx.delete(model.table).where(eq(model.table.id, id));
  } catch (err) {
    translate(model, err);
  }
  const changes = diff(model, before, null);
  const eventId = await record(tx, model, actor, "delete", before, changes);
  return { action: "delete", before, after: null, changes, eventId };
}

/** The new rows, in the order of `values`: sent as one JSON parameter when possible (lib/bulk-insert.ts), then read back. */
async function insertRows<T extends IdTable>(tx: Tx, model: Model<T>, values: Values<T>[]): Promise<Row<T>[]> {
  const prepared = values.map((v) => ({ ...(v as Record<string, unknown>) }));
  const statement = jsonInsert(model.table, prepared);
  if (!statement) return (await tx.insert(model.table).values(values as never[]).returning()) as Row<T>[];
  await tx.execute(statement);
  const ids = prepared.map((row) => String(row.id));
  const found = (await tx
    .select()
    .from(model.table as PgTable)
    .where(sql`${model.table.id} IN (SELECT (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::${sql.raw(model.table.id.getSQLType())})`)) as Row<T>[];
  const byId = new Map(found.map((row) => [String(row.id), row]));
  return ids.map((id) => byId.get(id)!);
}

/**
 * Creates many rows in one statement, with their audit entries and events in two more:
 * the same records as createRow, for bulk paths (API bulk create, seed).
 */
export async function createRows<T extends IdTable>(
  tx: Tx,
  model: Model<T>,
  values: Values<T>[],
  actor: Actor,
  options: { extraChanges?: (index: number) => Changes } = {},
): Promise<Row<T>[]> {
  if (values.length === 0) return [];
  let rows: Row<T>[];
  try {
    rows = await insertRows(tx, model, values);
  } catch (err) {
    translate(model, err);
  }
  const tableName = getTableName(model.table);
  const entries = rows.map((row, i) => ({ row, changes: { ...diff(model, null, row), ...options.extraChanges?.(i) } }));
  await insertMany(
    tx,
    auditEntries,
    entries.map(({ row, changes }) => ({
      actorId: actor.userId,
      source: actor.source,
      action: "create" as const,
      tableName,
      rowId: String(row.id),
      changes,
      requestId: actor.requestId ?? null,
    })),
  );
  await insertMany(
    tx,
    events,
    entries.map(({ row, changes }) => ({
      type: eventTypeOf(model, "create"),
      tableName,
      rowId: String(row.id),
      actorId: actor.userId,
      audienceUserId: model.audience?.(row) ?? null,
      payload: { id: String(row.id), changes, row: snapshot(model, row), source: actor.source },
    })),
  );
  await notifyEvents(tx);
  return rows;
}
