/** The todos routes in the OpenAPI document: the same schemas app/api/v1/todos parses with. */
import { z } from "zod";
import { endpoint, paginated, type OpenAPIRegistry } from "@/lib/api/openapi";
import { BulkCreateTodosInput, CreateTodoInput, TodoDto, TodoIdParams, TodoListQuery, UpdateTodoInput } from "./schemas";

export function registerTodoRoutes(registry: OpenAPIRegistry): void {
  const tag = "Todos";
  endpoint(registry, {
    method: "get",
    path: "/api/v1/todos",
    tag,
    access: "user",
    summary: "List the caller's todos",
    description: "Filters combine with AND. Tags are nested in each todo.",
    query: TodoListQuery,
    response: paginated(TodoDto, "TodoPage"),
  });
  endpoint(registry, {
    method: "post",
    path: "/api/v1/todos",
    tag,
    access: "user",
    summary: "Create a todo",
    description: "Tags are given by name and created on the fly. Moving to in_progress/completed fills started_on/completed_on with now when empty.",
    body: CreateTodoInput,
    response: TodoDto,
  });
  endpoint(registry, {
    method: "post",
    path: "/api/v1/todos/bulk",
    tag,
    access: "user",
    summary: "Create up to 1,000 todos at once",
    description: 'All or nothing, in one transaction. Errors are keyed by row index ("3.title").',
    body: BulkCreateTodosInput,
    response: z.object({ data: z.array(TodoDto) }).meta({ id: "TodoBulkResult" }),
  });
  endpoint(registry, { method: "get", path: "/api/v1/todos/{id}", tag, access: "user", summary: "Get one todo", params: TodoIdParams, response: TodoDto });
  endpoint(registry, {
    method: "patch",
    path: "/api/v1/todos/{id}",
    tag,
    access: "user",
    summary: "Change a todo (partial)",
    description: "Only the fields given change; null clears a date or the recurrence. A due date that is set or changed must be in the future.",
    params: TodoIdParams,
    body: UpdateTodoInput,
    response: TodoDto,
  });
  endpoint(registry, { method: "delete", path: "/api/v1/todos/{id}", tag, access: "user", summary: "Delete a todo (soft delete)", params: TodoIdParams });
}
