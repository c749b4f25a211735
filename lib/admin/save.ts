/**
 * Admin writes. A table's own DAL when its registration says so (`save` hooks: todos,
 * users, banned words), otherwise the generic write path; either way inside one
 * transaction with an audit entry whose source is "admin".
 */
import { transaction } from "@/db/client";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { PG, pgError } from "@/db/errors";
import { ForbiddenError, NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { createRow, deleteRow, updateRow, type Actor } from "@/lib/write-path";
import type { ResolvedAdmin } from "./define";
import { isUuid } from "./list-query";
import { getRow, type AdminRow } from "./query";
import type { ActionResult, AdminContext, BulkAction } from "./types";

export function adminContext(viewer: Viewer, requestId?: string | null): AdminContext {
  const actor: Actor = { userId: viewer.id, source: "admin", requestId: requestId ?? null };
  return { viewer, actor };
}

/**
 * A DAL that acts for a row's owner (their todos, their profile, their timezone) serves the
 * admin through this: the owner's id as the viewer, the admin as the actor in the audit
 * trail and the event.
 */
export function onBehalfOf(ownerId: string, ctx: AdminContext): Viewer {
  return { ...ctx.viewer, id: ownerId, role: "user", isBanned: false, banReason: null };
}

/** Parsed input keyed by database names → values keyed by Drizzle keys, for the generic write path. */
function toValues(admin: ResolvedAdmin, input: Record<string, unknown>, mode: "create" | "update"): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    const column = admin.columns.get(name);
    if (column && name !== "id" && !(mode === "update" && admin.readOnly.has(name))) values[column.key] = value;
  }
  return values;
}

/** A reference to a row that does not exist, as a field error on the referencing column. */
async function referencesChecked<T>(admin: ResolvedAdmin, input: Record<string, unknown>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const info = pgError(err);
    if (info?.code !== PG.foreignKeyViolation) throw err;
    const field = Object.keys(input).find((name) => info.constraint?.includes(`_${name}_`)) ?? "non_field_errors";
    throw ValidationError.field(field, "No such row: check the id.");
  }
}

export async function createFromInput(ctx: AdminContext, admin: ResolvedAdmin, input: unknown): Promise<string> {
  assertAdmin(ctx.viewer);
  if (!admin.can.create || !admin.createSchema) throw new ForbiddenError(`${admin.reg.title} cannot be added here.`);
  const data = parseInput(admin.createSchema, input);
  if (admin.reg.save?.create) return admin.reg.save.create(data, ctx);
  const { after } = await referencesChecked(admin, data, () => transaction((tx) => createRow(tx, admin.reg.model, toValues(admin, data, "create") as never, ctx.actor)));
  return String(after.id);
}

const minute = (time: number) => Math.floor(time / 60_000);

/**
 * The parsed input without the fields the admin left as they were, so an untouched date
 * (shown to the minute) is not a "change" that rules such as "due dates lie in the future"
 * would judge again.
 */
function changedOnly(admin: ResolvedAdmin, row: AdminRow, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const current = row[name];
    if (admin.columns.get(name)?.kind === "date" && current instanceof Date && value !== null && value !== undefined) {
      const next = value instanceof Date ? value.getTime() : Date.parse(String(value));
      if (minute(next) === minute(current.getTime())) continue;
    } else if (JSON.stringify(value ?? null) === JSON.stringify(current ?? null)) continue;
    out[name] = value;
  }
  return out;
}

export async function updateFromInput(ctx: AdminContext, admin: ResolvedAdmin, id: string, input: unknown): Promise<void> {
  assertAdmin(ctx.viewer);
  if (!admin.can.update || !admin.updateSchema) throw new ForbiddenError(`${admin.reg.title} cannot be changed here.`);
  const row = await getRow(ctx.viewer, admin, id);
  const data = changedOnly(admin, row, parseInput(admin.updateSchema, input) as Record<string, unknown>);
  if (Object.keys(data).length === 0) return;
  if (admin.reg.save?.update) return admin.reg.save.update(id, data, ctx);
  await referencesChecked(admin, data, () => transaction((tx) => updateRow(tx, admin.reg.model, id, toValues(admin, data, "update") as never, ctx.actor)));
}

export async function deleteById(ctx: AdminContext, admin: ResolvedAdmin, id: string): Promise<void> {
  assertAdmin(ctx.viewer);
  if (!admin.can.delete) throw new ForbiddenError(`${admin.reg.title} cannot be deleted here.`);
  if (!isUuid(id)) throw new NotFoundError();
  if (admin.reg.save?.delete) return admin.reg.save.delete(id, ctx);
  await transaction((tx) => deleteRow(tx, admin.reg.model, id, ctx.actor));
}

/** Runs `fn` per id; rows gone in the meantime count as skipped, not as failures. */
export async function eachRow(ids: string[], fn: (id: string) => Promise<boolean | void>): Promise<ActionResult> {
  let done = 0;
  let skipped = 0;
  for (const id of ids) {
    try {
      if ((await fn(id)) === false) skipped++;
      else done++;
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      skipped++;
    }
  }
  return { done, skipped };
}

function deleteAction(admin: ResolvedAdmin): BulkAction {
  return {
    name: "delete",
    label: "Delete",
    confirm: "Delete {count} {table}? Rows that depend on them go too. This cannot be undone.",
    destructive: true,
    run: (ids, _input, ctx) => eachRow(ids, (id) => deleteById(ctx, admin, id)),
  };
}

/** The registration's bulk actions, and "Delete" when the table may be deleted from. */
export function bulkActionsOf(admin: ResolvedAdmin, viewer: Viewer): BulkAction[] {
  const actions = [...admin.bulkActions, ...(admin.can.delete ? [deleteAction(admin)] : [])];
  return actions.filter((a) => a.allow?.(viewer) ?? true);
}

export function rowActionsOf(admin: ResolvedAdmin, viewer: Viewer): BulkAction[] {
  return (admin.reg.rowActions ?? []).filter((a) => a.allow?.(viewer) ?? true);
}
