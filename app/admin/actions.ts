"use server";
/**
 * The admin's server actions: public POST endpoints, so each one checks for an admin
 * itself (the layout's check does not cover them), reads its input against the
 * registration, and writes through lib/admin/save (the DAL or the generic write path).
 */
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/features/accounts/current";
import { getAdmin } from "@/features/admin/registry";
import { formInput } from "@/lib/admin/form-input";
import { isUuid, parseListQuery } from "@/lib/admin/list-query";
import { countMatching, idsMatching } from "@/lib/admin/query";
import { adminContext, bulkActionsOf, createFromInput, deleteById, rowActionsOf, updateFromInput } from "@/lib/admin/save";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { toActionState, type ActionState } from "@/lib/forms";

async function context() {
  const viewer = await requireAdmin();
  return adminContext(viewer, (await headers()).get("x-request-id"));
}

/** Create (id null) or update a row from its form; field errors come back with the typed values. */
export async function saveRowAction(slug: string, id: string | null, _prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await context();
  let savedId: string;
  try {
    const admin = getAdmin(slug);
    const input = formInput(admin.fields, form, id ? "update" : "create");
    if (id) {
      await updateFromInput(ctx, admin, id, input);
      savedId = id;
    } else {
      savedId = await createFromInput(ctx, admin, input);
    }
  } catch (err) {
    return toActionState(err, form);
  }
  revalidatePath(`/admin/${slug}`);
  redirect(`/admin/${slug}/${savedId}?saved=1`);
}

export async function deleteRowAction(slug: string, id: string, _prev: ActionState, _form: FormData): Promise<ActionState> {
  const ctx = await context();
  try {
    await deleteById(ctx, getAdmin(slug), id);
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(`/admin/${slug}`);
  redirect(`/admin/${slug}?deleted=1`);
}

export async function rowAction(slug: string, id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await context();
  try {
    const admin = getAdmin(slug);
    const action = rowActionsOf(admin, ctx.viewer).find((a) => a.name === form.get("action"));
    if (!action || !isUuid(id)) throw new NotFoundError("No such action.");
    const input = readActionInput(action.input, form);
    const result = await action.run([id], input, ctx);
    revalidatePath(`/admin/${slug}/${id}`);
    return { ok: true, message: result.done ? `${action.label}: done.` : `${action.label}: nothing to change.` };
  } catch (err) {
    return toActionState(err, form);
  }
}

function readActionInput(spec: { name: string; label: string; kind: string; choices?: readonly string[]; required?: boolean } | undefined, form: FormData | Record<string, string>): Record<string, string> {
  if (!spec) return {};
  const raw = form instanceof FormData ? form.get(spec.name) : form[spec.name];
  const value = typeof raw === "string" ? raw.trim().slice(0, 500) : "";
  if (spec.required && !value) throw ValidationError.field(spec.name, `${spec.label}: this field is required.`);
  if (value && spec.choices && !spec.choices.includes(value)) throw ValidationError.field(spec.name, `Choose one of: ${spec.choices.join(", ")}.`);
  return value ? { [spec.name]: value } : {};
}

export interface BulkRequest {
  slug: string;
  action: string;
  input: Record<string, string>;
  /** Chosen rows, or every row matching `filter` (the list's query string) when ids is null. */
  ids: string[] | null;
  filter: string;
  /** Where the previous batch of a "matching" run stopped. */
  after: string | null;
}

export interface BulkStep {
  ok: boolean;
  message?: string;
  done: number;
  skipped: number;
  /** Null when there is nothing left to do. */
  after: string | null;
  total?: number;
}

const BATCH = 100;

/**
 * One batch of a bulk action. The page calls it again with `after` until it is null,
 * showing progress; each batch commits on its own, so a long run can be stopped halfway.
 */
export async function bulkAction(request: BulkRequest): Promise<BulkStep> {
  const ctx = await context();
  try {
    const admin = getAdmin(request.slug);
    const action = bulkActionsOf(admin, ctx.viewer).find((a) => a.name === request.action);
    if (!action) throw new NotFoundError("No such action.");
    const input = readActionInput(action.input, request.input);
    if (request.ids) {
      // Ids come from the page: anything that is not an id names no row.
      const ids = request.ids.filter((id) => typeof id === "string" && isUuid(id)).slice(0, 1000);
      const result = await action.run(ids, input, ctx);
      revalidatePath(`/admin/${request.slug}`);
      return { ok: true, done: result.done, skipped: result.skipped ?? 0, after: null };
    }
    const query = parseListQuery(admin, new URLSearchParams(request.filter));
    const total = request.after ? undefined : await countMatching(ctx.viewer, admin, query);
    const ids = await idsMatching(ctx.viewer, admin, query, request.after, BATCH);
    const result = ids.length ? await action.run(ids, input, ctx) : { done: 0, skipped: 0 };
    const after = ids.length === BATCH ? ids[ids.length - 1]! : null;
    if (!after) revalidatePath(`/admin/${request.slug}`);
    return { ok: true, done: result.done, skipped: result.skipped ?? 0, after, total };
  } catch (err) {
    const message = err instanceof AppError ? (err.fields ? Object.values(err.fields).flat().join(" ") : err.message) : toActionState(err).message;
    return { ok: false, message, done: 0, skipped: 0, after: null };
  }
}
