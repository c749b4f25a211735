import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "./_columns";

export const userRole = pgEnum("user_role", ["admin", "user"]);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull().default("user"),
    isActive: boolean("is_active").notNull().default(true),
    isBanned: boolean("is_banned").notNull().default(false),
    bannedAt: tstz("banned_at"),
    banReason: text("ban_reason"),
    bannedById: uuid("banned_by").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    /** Strikes count from here: set by every unban so an unbanned user starts from zero. */
    strikesResetAt: tstz("strikes_reset_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastLoginAt: tstz("last_login_at"),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    index("users_role_idx").on(t.role),
    index("users_banned_idx").on(t.isBanned),
    index("users_created_at_idx").on(t.createdAt),
  ],
);

export const profiles = pgTable("profiles", {
  id: id(),
  userId: uuid("user_id")
    .notNull()
    .unique("profiles_user_id_key")
    .references(() => users.id, { onDelete: "cascade" }),
  bio: text("bio").notNull().default(""),
  avatarUrl: text("avatar_url"),
  location: text("location").notNull().default(""),
  website: text("website"),
  timezone: text("timezone").notNull().default("UTC"),
  links: text("links").array().notNull().default(sql`'{}'::text[]`),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type User = typeof users.$inferSelect;
export type Profile = typeof profiles.$inferSelect;
