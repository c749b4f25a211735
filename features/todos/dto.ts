import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { profiles, type Todo } from "@/db/schema";
import type { TodoDto } from "./schemas";

/** The API's view of a todo: snake_case, ISO 8601 instants, tag names; never the raw row. */
export function toTodoDto(todo: Todo, tagNames: string[]): TodoDto {
  return {
    id: todo.id,
    title: todo.title,
    description: todo.description,
    status: todo.status,
    priority: todo.priority,
    due_on: todo.dueOn?.toISOString() ?? null,
    started_on: todo.startedOn?.toISOString() ?? null,
    completed_on: todo.completedOn?.toISOString() ?? null,
    recurrence: todo.recurrence,
    series_id: todo.seriesId,
    tags: tagNames,
    created_at: todo.createdAt.toISOString(),
    updated_at: todo.updatedAt.toISOString(),
  };
}

/** The owner's IANA timezone (profiles.timezone), in which bare dates are read. */
export async function timezoneOf(ex: Executor, userId: string): Promise<string> {
  const [row] = await ex.select({ timezone: profiles.timezone }).from(profiles).where(eq(profiles.userId, userId));
  return row?.timezone ?? "UTC";
}
