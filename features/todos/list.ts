/**
 * The todo list behind the page and GET /api/v1/todos: filters, whitelisted ordering and a
 * page, in a constant number of queries (the page, its total, and one for all its tags).
 */
import { and, asc, count, desc, eq, exists, gte, ilike, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { tags, todos, todoTags } from "@/db/schema";
import { assertUser } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { tagNamesByTodo } from "@/features/tags/data";
import { offsetOf } from "@/lib/api/pagination";
import { parseDateInput } from "./dates";
import { timezoneOf, toTodoDto } from "./dto";
import { type OrderingField, type TodoDto, type TodoListQuery } from "./schemas";

const COLUMNS = {
  due_on: todos.dueOn,
  created_at: todos.createdAt,
  updated_at: todos.updatedAt,
  priority: todos.priority,
  title: todos.title,
  status: todos.status,
} as const satisfies Record<OrderingField, unknown>;

export const DEFAULT_ORDERING = "-created_at";

/** `%`, `_` and `\` typed by the user match themselves, not any text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function orderBy(ordering: string): SQL[] {
  const parts = ordering
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const out: SQL[] = parts.map((part) => {
    const descending = part.startsWith("-");
    const column = COLUMNS[part.replace(/^-/, "") as OrderingField];
    // Undated todos go last whichever way the dates run.
    if (column === todos.dueOn) return descending ? sql`${column} DESC NULLS LAST` : sql`${column} ASC NULLS LAST`;
    if (column === todos.title) return descending ? sql`lower(${column}) DESC` : sql`lower(${column}) ASC`;
    return descending ? desc(column) : asc(column);
  });
  out.push(desc(todos.id));
  return out;
}

export interface TodoPage {
  data: TodoDto[];
  total: number;
}

export async function listTodos(viewer: Viewer, query: TodoListQuery, options: { now?: Date } = {}): Promise<TodoPage> {
  assertUser(viewer);
  const db = getDb();
  const now = options.now ?? new Date();
  const needsZone = query.due_before !== undefined || query.due_after !== undefined;
  const timeZone = needsZone ? await timezoneOf(db, viewer.id) : "UTC";
  const filters: (SQL | undefined)[] = [eq(todos.ownerId, viewer.id), isNull(todos.deletedAt)];
  if (query.status) filters.push(eq(todos.status, query.status));
  if (query.priority) filters.push(eq(todos.priority, query.priority));
  if (query.q) filters.push(or(ilike(todos.title, likePattern(query.q)), ilike(todos.description, likePattern(query.q))));
  if (query.due_before) filters.push(lt(todos.dueOn, parseDateInput(query.due_before, timeZone)!));
  if (query.due_after) filters.push(gte(todos.dueOn, parseDateInput(query.due_after, timeZone)!));
  if (query.overdue === "true") filters.push(lt(todos.dueOn, now), ne(todos.status, "completed"));
  if (query.overdue === "false") filters.push(or(isNull(todos.dueOn), gte(todos.dueOn, now), eq(todos.status, "completed")));
  if (query.tag) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(todoTags)
          .innerJoin(tags, eq(tags.id, todoTags.tagId))
          .where(and(eq(todoTags.todoId, todos.id), eq(sql`lower(${tags.name})`, query.tag.toLowerCase()))),
      ),
    );
  }
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(todos)
      .where(where)
      .orderBy(...orderBy(query.ordering || DEFAULT_ORDERING))
      .limit(query.page_size)
      .offset(offsetOf(query)),
    db.select({ n: count() }).from(todos).where(where),
  ]);
  const names = await tagNamesByTodo(db, rows.map((r) => r.id));
  return { data: rows.map((row) => toTodoDto(row, names.get(row.id) ?? [])), total: total?.n ?? 0 };
}
