/**
 * The todos data-access layer (Django's Todo.objects plus full_clean()): the only code that
 * reads or writes todos. Every function takes the viewer and only ever sees their rows:
 * another user's todo, a soft-deleted one and a malformed id are all NotFound (404).
 * Each save runs the SPEC §3 rules, writes through lib/write-path.ts and is scanned by
 * moderation in the same transaction.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { getDb, transaction, type Executor, type Tx } from "@/db/client";
import { auditEntries, todos, type Todo } from "@/db/schema";
import { assertUser } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { runModerated, scanTodoWrite } from "@/features/moderation/scan";
import { isUuid, replaceTodoTags, resolveTags, sortNames, tagNamesByTodo, uniqueNames, linkTags } from "@/features/tags/data";
import { NotFoundError, parseInput, ValidationError, type FieldErrors } from "@/lib/errors";
import { createRow, updateRow, type Actor, type Changes } from "@/lib/write-path";
import { parseDateInput } from "./dates";
import { timezoneOf, toTodoDto } from "./dto";
import { todoModel } from "./model";
import { applyTodoRules, MESSAGES, type TodoTimes } from "./rules";
import { CreateTodoInput, UpdateTodoInput, type CreateTodoData, type TodoDto, type TodoPriority, type TodoStatus } from "./schemas";

export interface WriteOptions {
  /** The clock, injectable so tests (and jobs) control what "now" is. */
  now?: Date;
}

/** A new todo's values with dates already resolved: what createTodoForOwner stores. */
export interface TodoDraft {
  title: string;
  description: string;
  status: TodoStatus;
  priority: TodoPriority;
  dueOn: Date | null;
  startedOn: Date | null;
  completedOn: Date | null;
  recurrence: string | null;
  /** The recurring series; defaults to the new todo's own id when it has a recurrence. */
  seriesId?: string | null;
  tags: string[];
}

const date = (text: string | null | undefined, timeZone: string): Date | null | undefined =>
  text === undefined ? undefined : text === null ? null : parseDateInput(text, timeZone);

export function draftFromInput(data: CreateTodoData, timeZone: string): TodoDraft {
  return {
    title: data.title,
    description: data.description,
    status: data.status,
    priority: data.priority,
    dueOn: date(data.due_on, timeZone) ?? null,
    startedOn: date(data.started_on, timeZone) ?? null,
    completedOn: date(data.completed_on, timeZone) ?? null,
    recurrence: data.recurrence || null,
    tags: uniqueNames(data.tags),
  };
}

const prefixed = (errors: FieldErrors, prefix?: string | number): FieldErrors =>
  prefix === undefined ? errors : Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));

/** Runs the rules on a new todo's draft: the dates to store, or field errors (keys prefixed for bulk rows). */
export function checkDraft(draft: TodoDraft, now: Date, prefix?: string | number): { times: TodoTimes; errors: FieldErrors } {
  const { times, errors } = applyTodoRules(
    null,
    { status: draft.status, dueOn: draft.dueOn, startedOn: draft.startedOn, completedOn: draft.completedOn },
    now,
  );
  if (draft.recurrence && !times.dueOn) (errors.due_on ??= []).push(MESSAGES.recurringWithoutDue);
  return { times, errors: prefixed(errors, prefix) };
}

/**
 * Creates a todo for `ownerId` inside the caller's transaction: rules, tags (created on the
 * fly), the row with its audit entry and event, and the moderation scan. The recurrence job
 * spawns instances with it; run it inside `runModerated(() => transaction(...))`.
 */
export async function createTodoForOwner(tx: Tx, ownerId: string, draft: TodoDraft, actor: Actor, options: WriteOptions = {}): Promise<TodoDto> {
  const { times, errors } = checkDraft(draft, options.now ?? new Date());
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const id = uuidv7();
  const tagsByName = await resolveTags(tx, ownerId, draft.tags, actor);
  const tagNames = sortNames([...tagsByName.values()].map((t) => t.name));
  const { after } = await createRow(
    tx,
    todoModel,
    {
      id,
      ownerId,
      title: draft.title.trim(),
      description: draft.description,
      priority: draft.priority,
      ...times,
      recurrence: draft.recurrence,
      seriesId: draft.seriesId ?? (draft.recurrence ? id : null),
    },
    actor,
    { extraChanges: tagNames.length > 0 ? { tags: [[], tagNames] } : {} },
  );
  await linkTags(tx, [...tagsByName.values()].map((t) => ({ todoId: id, tagId: t.id })));
  await scanTodoWrite(tx, { ownerId, todoId: id, title: after.title, description: after.description }, actor);
  return toTodoDto(after, tagNames);
}

export async function createTodo(viewer: Viewer, input: CreateTodoInput, actor: Actor, options: WriteOptions = {}): Promise<TodoDto> {
  assertUser(viewer);
  const data = parseInput(CreateTodoInput, input);
  const timeZone = await timezoneOf(getDb(), viewer.id);
  return runModerated(() => transaction((tx) => createTodoForOwner(tx, viewer.id, draftFromInput(data, timeZone), actor, options)));
}

/** The viewer's live todo, locked for update inside `tx`, or NotFound. */
async function lockOwnedTodo(tx: Tx, viewer: Viewer, id: string): Promise<Todo> {
  if (!isUuid(id)) throw new NotFoundError();
  const [todo] = await tx
    .select()
    .from(todos)
    .where(and(eq(todos.id, id), eq(todos.ownerId, viewer.id), isNull(todos.deletedAt)))
    .for("update");
  if (!todo) throw new NotFoundError();
  return todo;
}

async function findOwnedTodo(ex: Executor, viewer: Viewer, id: string): Promise<Todo> {
  if (!isUuid(id)) throw new NotFoundError();
  const [todo] = await ex
    .select()
    .from(todos)
    .where(and(eq(todos.id, id), eq(todos.ownerId, viewer.id), isNull(todos.deletedAt)));
  if (!todo) throw new NotFoundError();
  return todo;
}

export async function getTodo(viewer: Viewer, id: string): Promise<TodoDto> {
  assertUser(viewer);
  const db = getDb();
  const todo = await findOwnedTodo(db, viewer, id);
  const names = await tagNamesByTodo(db, [todo.id]);
  return toTodoDto(todo, names.get(todo.id) ?? []);
}

/** PATCH semantics: only the fields given change; null clears a date or the recurrence. */
export async function updateTodo(viewer: Viewer, id: string, input: UpdateTodoInput, actor: Actor, options: WriteOptions = {}): Promise<TodoDto> {
  assertUser(viewer);
  const data = parseInput(UpdateTodoInput, input);
  const now = options.now ?? new Date();
  const timeZone = await timezoneOf(getDb(), viewer.id);
  return runModerated(() =>
    transaction(async (tx) => {
      const before = await lockOwnedTodo(tx, viewer, id);
      const { times, errors } = applyTodoRules(
        before,
        { status: data.status, dueOn: date(data.due_on, timeZone), startedOn: date(data.started_on, timeZone), completedOn: date(data.completed_on, timeZone) },
        now,
      );
      const recurrence = data.recurrence === undefined ? undefined : data.recurrence || null;
      if ((recurrence === undefined ? before.recurrence : recurrence) && !times.dueOn) (errors.due_on ??= []).push(MESSAGES.recurringWithoutDue);
      if (Object.keys(errors).length > 0) throw new ValidationError(errors);
      const extraChanges: Changes = {};
      let tagNames: string[] | undefined;
      if (data.tags !== undefined) {
        const [was, is] = await replaceTodoTags(tx, viewer.id, id, data.tags, actor);
        if (JSON.stringify(was) !== JSON.stringify(is)) extraChanges.tags = [was, is];
        tagNames = is;
      }
      const { after } = await updateRow(
        tx,
        todoModel,
        id,
        {
          ...(data.title !== undefined && { title: data.title }),
          ...(data.description !== undefined && { description: data.description }),
          ...(data.priority !== undefined && { priority: data.priority }),
          ...times,
          ...(recurrence !== undefined && { recurrence }),
          ...(recurrence && !before.seriesId && { seriesId: before.id }),
        },
        actor,
        { before, extraChanges },
      );
      const scan = {
        ...(after.title !== before.title && { title: after.title }),
        ...(after.description !== before.description && { description: after.description }),
      };
      if (Object.keys(scan).length > 0) await scanTodoWrite(tx, { ownerId: viewer.id, todoId: id, ...scan }, actor);
      tagNames ??= (await tagNamesByTodo(tx, [id])).get(id) ?? [];
      return toTodoDto(after, tagNames);
    }),
  );
}

/** Soft delete: the row stays (for the admin and the history) but is hidden everywhere else. */
export async function deleteTodo(viewer: Viewer, id: string, actor: Actor, options: WriteOptions = {}): Promise<void> {
  assertUser(viewer);
  await transaction(async (tx) => {
    const before = await lockOwnedTodo(tx, viewer, id);
    await updateRow(tx, todoModel, id, { deletedAt: options.now ?? new Date() }, actor, { before, eventType: "todo.deleted", auditAction: "delete" });
  });
}

export interface HistoryEntry {
  id: string;
  at: Date;
  action: "create" | "update" | "delete";
  source: string;
  actorId: string | null;
  changes: Changes;
}

/** The todo's audit trail, oldest first (the detail page's history). */
export async function getTodoHistory(viewer: Viewer, id: string): Promise<HistoryEntry[]> {
  assertUser(viewer);
  const db = getDb();
  await findOwnedTodo(db, viewer, id);
  const rows = await db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.tableName, "todos"), eq(auditEntries.rowId, id)))
    .orderBy(asc(auditEntries.createdAt), asc(auditEntries.id));
  return rows.map((r) => ({ id: r.id, at: r.createdAt, action: r.action, source: r.source, actorId: r.actorId, changes: r.changes }));
}

/** The viewer's timezone, in which pages show and read dates. */
export async function viewerTimezone(viewer: Viewer): Promise<string> {
  assertUser(viewer);
  return timezoneOf(getDb(), viewer.id);
}
