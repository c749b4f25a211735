import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./_columns";
import { users } from "./users";

export const auditAction = pgEnum("audit_action", ["create", "update", "delete"]);
export const writeSource = pgEnum("write_source", ["page", "api", "admin", "cli", "job", "system"]);

/** Django's LogEntry: who did what to which row, from where, with the changed fields. */
export const auditEntries = pgTable(
  "audit_entries",
  {
    id: id(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    source: writeSource("source").notNull(),
    action: auditAction("action").notNull(),
    tableName: text("table_name").notNull(),
    rowId: text("row_id").notNull(),
    /** `{field: [before, after]}`; secrets are redacted. */
    changes: jsonb("changes").$type<Record<string, [unknown, unknown]>>().notNull(),
    requestId: text("request_id"),
    createdAt: createdAt(),
  },
  (t) => [index("audit_entries_row_idx").on(t.tableName, t.rowId, t.createdAt), index("audit_entries_created_idx").on(t.createdAt)],
);

/** The transactional outbox: one event per write, committed with it (SPEC §9). */
export const events = pgTable(
  "events",
  {
    id: id(),
    type: text("type").notNull(),
    tableName: text("table_name").notNull(),
    rowId: text("row_id").notNull(),
    actorId: uuid("actor_id"),
    /** Owner of the row when it has one, so live feeds can show users only their own events. */
    audienceUserId: uuid("audience_user_id"),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    /** Set once the webhook relay has turned this event into deliveries. */
    dispatchedAt: tstz("dispatched_at"),
  },
  (t) => [
    index("events_created_idx").on(t.createdAt),
    index("events_type_idx").on(t.type),
    index("events_undispatched_idx").on(t.createdAt).where(sql`${t.dispatchedAt} IS NULL`),
  ],
);

/** Fixed-window counters shared by every app instance. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: tstz("window_start").notNull(),
  count: integer("count").notNull(),
});

/** Responses remembered for `Idempotency-Key` (24 hours). */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    route: text("route").notNull(),
    status: integer("status").notNull(),
    body: jsonb("body"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: "idempotency_keys_pkey", columns: [t.userId, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);

/** Every e-mail the app sends, whatever the transport: the local outbox admins can read. */
export const mailOutbox = pgTable("mail_outbox", {
  id: id(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  transport: text("transport").notNull(),
  createdAt: createdAt(),
  sentAt: tstz("sent_at"),
  error: text("error"),
});
