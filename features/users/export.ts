/** "Download my data": everything Warden keeps that belongs to the caller, as JSON. */
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { todos } from "@/db/schema";
import { assertUser } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { listTags, tagNamesByTodo } from "@/features/tags/data";
import { TagDto } from "@/features/tags/schemas";
import { toTodoDto } from "@/features/todos/dto";
import { TodoDto } from "@/features/todos/schemas";
import { getMe } from "./profile";
import { UserDto } from "./schemas";

export const DataExport = z
  .object({ exported_at: z.string(), user: UserDto, tags: z.array(TagDto), todos: z.array(TodoDto) })
  .meta({ id: "DataExport" });
export type DataExport = z.infer<typeof DataExport>;

export async function exportMyData(viewer: Viewer, now = new Date()): Promise<DataExport> {
  assertUser(viewer);
  const db = getDb();
  const [user, { data: tagList }, rows] = await Promise.all([
    getMe(viewer),
    listTags(viewer),
    db
      .select()
      .from(todos)
      .where(and(eq(todos.ownerId, viewer.id), isNull(todos.deletedAt)))
      .orderBy(asc(todos.createdAt), asc(todos.id)),
  ]);
  // In chunks: one IN list per query stays far below the driver's parameter limit.
  const names = new Map<string, string[]>();
  for (let i = 0; i < rows.length; i += 5_000) {
    for (const [id, list] of await tagNamesByTodo(db, rows.slice(i, i + 5_000).map((t) => t.id))) names.set(id, list);
  }
  return {
    exported_at: now.toISOString(),
    user,
    tags: tagList,
    todos: rows.map((t) => toTodoDto(t, names.get(t.id) ?? [])),
  };
}
