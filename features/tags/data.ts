/**
 * Tags: per owner, unique by name whatever the case, created on the fly from the names a
 * todo is saved with. Tag rows go through the write path. The todo_tags link rows are the
 * one exception: a join table with no id, written here in the todo's own transaction, and
 * recorded as a `tags` change on the todo's audit entry and event (ExtraChanges in
 * lib/write-path.ts), which is where a reader of the history looks for them.
 */
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, transaction, type Executor, type Tx } from "@/db/client";
import { tags, todos, todoTags, type Tag } from "@/db/schema";
import type { Viewer } from "@/features/accounts/viewer";
import { tagModel } from "@/features/todos/model";
import { NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { offsetOf, type PageQuery } from "@/lib/api/pagination";
import { insertMany } from "@/lib/bulk-insert";
import { createRows, deleteRow, updateRow, type Actor } from "@/lib/write-path";
import { RenameTagInput, type TagDto } from "./schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

const key = (name: string) => name.trim().toLowerCase();

/** Case-insensitive de-duplication, keeping the first spelling. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim();
    if (name && !seen.has(key(name))) seen.set(key(name), name);
  }
  return [...seen.values()];
}

export const sortNames = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));

/** The owner's tags with these names, creating the missing ones (first spelling wins); keyed by lower-case name. */
export async function resolveTags(tx: Tx, ownerId: string, names: readonly string[], actor: Actor): Promise<Map<string, Tag>> {
  const wanted = uniqueNames(names);
  const found = new Map<string, Tag>();
  if (wanted.length === 0) return found;
  for (let attempt = 1; ; attempt++) {
    const existing = await tx
      .select()
      .from(tags)
      .where(and(eq(tags.ownerId, ownerId), inArray(sql`lower(${tags.name})`, wanted.map(key))));
    for (const tag of existing) found.set(key(tag.name), tag);
    const missing = wanted.filter((name) => !found.has(key(name)));
    try {
      // A savepoint: when a concurrent save created the same new tag first, only this insert
      // rolls back, and the next round finds that tag (committed, so visible now).
      const created = await tx.transaction((sp) => createRows(sp as Tx, tagModel, missing.map((name) => ({ ownerId, name })), actor));
      for (const tag of created) found.set(key(tag.name), tag);
      return found;
    } catch (err) {
      if (attempt >= 3 || !(err instanceof ValidationError && err.fields?.name)) throw err;
    }
  }
}

/** Links todos to tags (rows of todo_tags); the callers only pass links that do not exist yet. */
export async function linkTags(tx: Tx, links: { todoId: string; tagId: string }[]): Promise<void> {
  await insertMany(tx, todoTags, links);
}

/**
 * Makes a todo carry exactly these tags. Returns the names before and after (sorted), equal
 * when nothing changed.
 */
export async function replaceTodoTags(tx: Tx, ownerId: string, todoId: string, names: readonly string[], actor: Actor): Promise<[string[], string[]]> {
  const current = await tx
    .select({ id: tags.id, name: tags.name })
    .from(todoTags)
    .innerJoin(tags, eq(tags.id, todoTags.tagId))
    .where(eq(todoTags.todoId, todoId));
  const wanted = await resolveTags(tx, ownerId, names, actor);
  const wantedIds = new Set([...wanted.values()].map((t) => t.id));
  const currentIds = new Set(current.map((t) => t.id));
  const removed = current.filter((t) => !wantedIds.has(t.id)).map((t) => t.id);
  if (removed.length > 0) await tx.delete(todoTags).where(and(eq(todoTags.todoId, todoId), inArray(todoTags.tagId, removed)));
  await linkTags(
    tx,
    [...wanted.values()].filter((t) => !currentIds.has(t.id)).map((t) => ({ todoId, tagId: t.id })),
  );
  return [sortNames(current.map((t) => t.name)), sortNames([...wanted.values()].map((t) => t.name))];
}

/** Tag names of many todos in one query (no N+1), sorted per todo. */
export async function tagNamesByTodo(ex: Executor, todoIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(todoIds.map((id) => [id, []]));
  if (todoIds.length === 0) return out;
  const rows = await ex
    .select({ todoId: todoTags.todoId, name: tags.name })
    .from(todoTags)
    .innerJoin(tags, eq(tags.id, todoTags.tagId))
    .where(inArray(todoTags.todoId, [...todoIds]));
  for (const row of rows) out.get(row.todoId)?.push(row.name);
  for (const [id, names] of out) out.set(id, sortNames(names));
  return out;
}

function toTagDto(tag: Tag, todoCount: number): TagDto {
  return { id: tag.id, name: tag.name, todo_count: todoCount, created_at: tag.createdAt.toISOString() };
}

/** The viewer's tags, by name, with how many of their live todos carry each. */
export async function listTags(viewer: Viewer, page?: PageQuery): Promise<{ data: TagDto[]; total: number }> {
  const db = getDb();
  const liveLinks = db
    .select({ tagId: todoTags.tagId, n: count().as("n") })
    .from(todoTags)
    .innerJoin(todos, and(eq(todos.id, todoTags.todoId), isNull(todos.deletedAt)))
    .where(eq(todos.ownerId, viewer.id))
    .groupBy(todoTags.tagId)
    .as("live_links");
  const query = db
    .select({ tag: tags, n: sql<number>`coalesce(${liveLinks.n}, 0)`.mapWith(Number) })
    .from(tags)
    .leftJoin(liveLinks, eq(liveLinks.tagId, tags.id))
    .where(eq(tags.ownerId, viewer.id))
    .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id));
  const [rows, [total]] = await Promise.all([
    page ? query.limit(page.page_size).offset(offsetOf(page)) : query,
    db.select({ n: count() }).from(tags).where(eq(tags.ownerId, viewer.id)),
  ]);
  return { data: rows.map((r) => toTagDto(r.tag, r.n)), total: total?.n ?? 0 };
}

async function lockOwnedTag(tx: Tx, viewer: Viewer, id: string): Promise<Tag> {
  if (!isUuid(id)) throw new NotFoundError();
  const [tag] = await tx.select().from(tags).where(and(eq(tags.id, id), eq(tags.ownerId, viewer.id))).for("update");
  if (!tag) throw new NotFoundError();
  return tag;
}

export async function renameTag(viewer: Viewer, id: string, input: RenameTagInput, actor: Actor): Promise<TagDto> {
  const data = parseInput(RenameTagInput, input);
  return transaction(async (tx) => {
    const before = await lockOwnedTag(tx, viewer, id);
    const { after } = await updateRow(tx, tagModel, id, { name: data.name }, actor, { before });
    const [live] = await tx
      .select({ n: count() })
      .from(todoTags)
      .innerJoin(todos, and(eq(todos.id, todoTags.todoId), isNull(todos.deletedAt)))
      .where(eq(todoTags.tagId, id));
    return toTagDto(after, live?.n ?? 0);
  });
}

/** Deletes the tag; the todos that carried it simply lose it (the links cascade). */
export async function deleteTag(viewer: Viewer, id: string, actor: Actor): Promise<void> {
  await transaction(async (tx) => {
    await lockOwnedTag(tx, viewer, id);
    await deleteRow(tx, tagModel, id, actor);
  });
}
