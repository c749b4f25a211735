import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "./_columns";
import { todos } from "./todos";
import { users } from "./users";

export const matchMode = pgEnum("match_mode", ["word", "substring", "regex"]);
export const wordAction = pgEnum("word_action", ["log", "block"]);
export const appealStatus = pgEnum("appeal_status", ["open", "accepted", "rejected"]);
export const moderatedField = pgEnum("moderated_field", ["title", "description"]);

export const bannedWords = pgTable(
  "banned_words",
  {
    id: id(),
    word: text("word").notNull(),
    matchMode: matchMode("match_mode").notNull().default("word"),
    action: wordAction("action").notNull().default("log"),
    isActive: boolean("is_active").notNull().default(true),
    createdById: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("banned_words_word_mode_key").on(sql`lower(${t.word})`, t.matchMode)],
);

export const allowedWords = pgTable(
  "allowed_words",
  {
    id: id(),
    word: text("word").notNull(),
    createdById: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("allowed_words_word_key").on(sql`lower(${t.word})`)],
);

export const moderationLogs = pgTable(
  "moderation_logs",
  {
    id: id(),
    /** Null for a refused `block` attempt, which never became a row. */
    todoId: uuid("todo_id").references(() => todos.id, { onDelete: "set null" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    bannedWordId: uuid("banned_word_id").references(() => bannedWords.id, { onDelete: "set null" }),
    /** The word as listed when it matched (kept if the list entry is later edited or deleted). */
    word: text("word").notNull(),
    matchedText: text("matched_text").notNull(),
    field: moderatedField("field").notNull(),
    action: wordAction("action").notNull().default("log"),
    createdAt: createdAt(),
  },
  (t) => [
    index("moderation_logs_user_created_idx").on(t.userId, t.createdAt),
    index("moderation_logs_created_idx").on(t.createdAt),
    index("moderation_logs_word_idx").on(t.word),
  ],
);

/** Per-user, per-word hit counts by day, kept in the same transaction as each log row (fast summaries). */
export const moderationDailyCounts = pgTable(
  "moderation_daily_counts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    word: text("word").notNull(),
    day: tstz("day").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ name: "moderation_daily_counts_pkey", columns: [t.userId, t.word, t.day] }), index("moderation_daily_counts_day_idx").on(t.day)],
);

export const banAppeals = pgTable(
  "ban_appeals",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The ban this appeal is about: one appeal per ban. */
    bannedAt: tstz("banned_at").notNull(),
    message: text("message").notNull(),
    status: appealStatus("status").notNull().default("open"),
    decidedById: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: tstz("decided_at"),
    decisionNote: text("decision_note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("ban_appeals_user_ban_key").on(t.userId, t.bannedAt),
    index("ban_appeals_status_idx").on(t.status),
    check("ban_appeals_message_length", sql`char_length(${t.message}) BETWEEN 1 AND 5000`),
  ],
);

/** All-time hits per user and word, kept in the same transaction as each log row (the summary without `since`). */
export const moderationWordTotals = pgTable(
  "moderation_word_totals",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    word: text("word").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ name: "moderation_word_totals_pkey", columns: [t.userId, t.word] })],
);

/** All-time hits per user, indexed by total: the summary's top offenders without scanning the logs. */
export const moderationUserTotals = pgTable(
  "moderation_user_totals",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    total: integer("total").notNull().default(0),
  },
  (t) => [index("moderation_user_totals_total_idx").on(t.total.desc(), t.userId)],
);
