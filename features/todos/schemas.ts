/**
 * One schema per todo input, shared by the forms, the server actions, the route handlers
 * and the OpenAPI document. Field keys are the API's snake_case. Rules that need the
 * previous row or the clock (SPEC §3) live in ./rules.ts.
 */
import { z } from "zod";
import { PageQuery } from "@/lib/api/pagination";
import { RecurrenceField } from "@/lib/recurrence";
import { isDateInput } from "./dates";

export const TODO_STATUSES = ["pending", "in_progress", "completed"] as const;
export const TODO_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const MAX_BULK_TODOS = 1_000;
export const MAX_TAGS_PER_TODO = 20;

export const TodoStatus = z.enum(TODO_STATUSES, { message: "Choose pending, in_progress or completed." });
export const TodoPriority = z.enum(TODO_PRIORITIES, { message: "Choose low, normal, high or urgent." });
export type TodoStatus = z.infer<typeof TodoStatus>;
export type TodoPriority = z.infer<typeof TodoPriority>;

export const Title = z
  .string({ message: "Enter a title." })
  .trim()
  .min(1, "Title must not be empty.")
  .max(200, "Ensure this field has no more than 200 characters.");

export const Description = z.string({ message: "Description must be text." }).max(10_000, "Ensure this field has no more than 10000 characters.");

const DATE_MESSAGE = "Enter a date such as 2026-12-01 or 2026-12-01T09:30:00+01:00.";

/** An instant with offset, or a date / date-time read in the owner's timezone. */
export const DateInput = z
  .string({ message: DATE_MESSAGE })
  .trim()
  .refine(isDateInput, DATE_MESSAGE)
  .meta({ description: "ISO 8601 date-time with offset, or a bare date (00:00 in the owner's timezone).", example: "2026-12-01T09:30:00+01:00" });

/** RRULE text, checked (absurd rules refused) and put in canonical form by lib/recurrence; "" means none. */
export const Recurrence = RecurrenceField.meta({
  description: "An RFC 5545 RRULE evaluated in the owner's timezone, e.g. FREQ=WEEKLY;BYDAY=MO; null or empty for none. A repeating todo needs a due date.",
  example: "FREQ=WEEKLY;BYDAY=MO",
});

export const TagName = z
  .string({ message: "Enter a tag name." })
  .trim()
  .min(1, "Tag name must not be empty.")
  .max(50, "Ensure this field has no more than 50 characters.")
  .refine((name) => !name.includes(","), "Tag names cannot contain commas.");

export const TagNames = z
  .array(TagName, { message: "Give tags as a list of names." })
  .max(MAX_TAGS_PER_TODO, `Use at most ${MAX_TAGS_PER_TODO} tags.`)
  .meta({ description: "Tag names; unknown names are created on the fly (case-insensitive per owner).", example: ["home", "errands"] });

export const CreateTodoInput = z
  .object({
    title: Title,
    description: Description.default(""),
    status: TodoStatus.default("pending"),
    priority: TodoPriority.default("normal"),
    due_on: DateInput.nullable().optional(),
    started_on: DateInput.nullable().optional(),
    completed_on: DateInput.nullable().optional(),
    recurrence: Recurrence.optional(),
    tags: TagNames.default([]),
  })
  .meta({ id: "TodoCreate" });
export type CreateTodoInput = z.input<typeof CreateTodoInput>;
export type CreateTodoData = z.output<typeof CreateTodoInput>;

/** PATCH: every field optional; a field left out keeps its value, null clears it. */
export const UpdateTodoInput = z
  .object({
    title: Title.optional(),
    description: Description.optional(),
    status: TodoStatus.optional(),
    priority: TodoPriority.optional(),
    due_on: DateInput.nullable().optional(),
    started_on: DateInput.nullable().optional(),
    completed_on: DateInput.nullable().optional(),
    recurrence: Recurrence.optional(),
    tags: TagNames.optional(),
  })
  .meta({ id: "TodoUpdate" });
export type UpdateTodoInput = z.input<typeof UpdateTodoInput>;
export type UpdateTodoData = z.output<typeof UpdateTodoInput>;

const bulkList = <T extends z.ZodType>(row: T) =>
  z
    .array(row, { message: "Give the todos as a list." })
    .min(1, "Give at least one todo.")
    .max(MAX_BULK_TODOS, `Send at most ${MAX_BULK_TODOS} todos at once.`);

export const BulkCreateTodosInput = z.object({ todos: bulkList(CreateTodoInput) }).meta({ id: "TodoBulkCreate" });
/** The same envelope with rows left unparsed, so each row is parsed on its own and its errors carry its index. */
export const BulkEnvelope = z.object({ todos: bulkList(z.unknown()) });
export type BulkCreateTodosInput = z.input<typeof BulkCreateTodosInput>;

export const ORDERING_FIELDS = ["due_on", "created_at", "updated_at", "priority", "title", "status"] as const;
export type OrderingField = (typeof ORDERING_FIELDS)[number];

function isValidOrdering(text: string): boolean {
  return text
    .split(",")
    .map((part) => part.trim().replace(/^-/, ""))
    .every((field) => (ORDERING_FIELDS as readonly string[]).includes(field));
}

export const TodoListQuery = PageQuery.extend({
  status: TodoStatus.optional(),
  priority: TodoPriority.optional(),
  tag: z.string().trim().max(50).optional().meta({ description: "Only todos with this tag (case-insensitive)." }),
  q: z.string().trim().max(200, "Search for at most 200 characters.").optional().meta({ description: "Text in the title or description." }),
  due_before: DateInput.optional().meta({ description: "Due before this instant (a bare date: 00:00 in the owner's timezone)." }),
  due_after: DateInput.optional().meta({ description: "Due at or after this instant." }),
  overdue: z
    .enum(["true", "false"], { message: "Use true or false." })
    .optional()
    .meta({ description: "true: only todos past their due date and not completed." }),
  ordering: z
    .string()
    .trim()
    .refine(isValidOrdering, `Order by ${ORDERING_FIELDS.join(", ")}, with - for descending; separate several with commas.`)
    .optional()
    .meta({ description: `Comma-separated fields of ${ORDERING_FIELDS.join(", ")}; prefix - for descending. Default -created_at.`, example: "-due_on" }),
});
export type TodoListQuery = z.output<typeof TodoListQuery>;

const Instant = z.iso.datetime({ offset: true });

export const TodoDto = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    status: TodoStatus,
    priority: TodoPriority,
    due_on: Instant.nullable(),
    started_on: Instant.nullable(),
    completed_on: Instant.nullable(),
    recurrence: z.string().nullable(),
    series_id: z.uuid().nullable(),
    tags: z.array(z.string()),
    created_at: Instant,
    updated_at: Instant,
  })
  .meta({ id: "Todo" });
export type TodoDto = z.infer<typeof TodoDto>;

export const TodoIdParams = z.object({ id: z.string().meta({ description: "The todo's id (UUID)." }) });
