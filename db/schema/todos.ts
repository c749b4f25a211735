import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "./_columns";
import { users } from "./users";

export const todoStatus = pgEnum("todo_status", ["pending", "in_progress", "completed"]);
export const todoPriority = pgEnum("todo_priority", ["low", "normal", "high", "urgent"]);

export const todos = pgTable(
  "todos",
  {
    id: id(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: varchar("title", { length: 200 }).notNull(),
    description: text("description").notNull().default(""),
    status: todoStatus("status").notNull().default("pending"),
    priority: todoPriority("priority").notNull().default("normal"),
    dueOn: tstz("due_on"),
    startedOn: tstz("started_on"),
    completedOn: tstz("completed_on"),
    recurrence: text("recurrence"),
    seriesId: uuid("series_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: tstz("deleted_at"),
  },
  (t) => [
    check("todos_started_before_completed", sql`${t.startedOn} IS NULL OR ${t.completedOn} IS NULL OR ${t.startedOn} < ${t.completedOn}`),
    check("todos_title_not_blank", sql`length(btrim(${t.title})) > 0`),
    check("todos_description_length", sql`char_length(${t.description}) <= 10000`),
    check("todos_completed_on_matches_status", sql`(${t.status} = 'completed') = (${t.completedOn} IS NOT NULL)`),
    check("todos_recurrence_length", sql`${t.recurrence} IS NULL OR char_length(${t.recurrence}) <= 500`),
    index("todos_owner_due_idx").on(t.ownerId, t.dueOn).where(sql`${t.deletedAt} IS NULL`),
    index("todos_owner_created_idx").on(t.ownerId, t.createdAt).where(sql`${t.deletedAt} IS NULL`),
    index("todos_owner_status_idx").on(t.ownerId, t.status).where(sql`${t.deletedAt} IS NULL`),
    index("todos_status_idx").on(t.status),
    uniqueIndex("todos_series_due_key").on(t.seriesId, t.dueOn),
  ],
);

export const tags = pgTable(
  "tags",
  {
    id: id(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 50 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("tags_owner_name_key").on(t.ownerId, sql`lower(${t.name})`),
    check("tags_name_not_blank", sql`length(btrim(${t.name})) > 0`),
  ],
);

export const todoTags = pgTable(
  "todo_tags",
  {
    todoId: uuid("todo_id")
      .notNull()
      .references(() => todos.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ name: "todo_tags_pkey", columns: [t.todoId, t.tagId] }), index("todo_tags_tag_idx").on(t.tagId)],
);

export type Todo = typeof todos.$inferSelect;
export type Tag = typeof tags.$inferSelect;
