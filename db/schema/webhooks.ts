import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "./_columns";
import { users } from "./users";

export const deliveryStatus = pgEnum("webhook_delivery_status", ["pending", "succeeded", "failed"]);

export const webhookSubscriptions = pgTable("webhook_subscriptions", {
  id: id(),
  url: text("url").notNull(),
  /** Signs each body (HMAC-SHA256); kept readable because signing needs it. */
  secret: text("secret").notNull(),
  /** Event types to send (`todo.created`, `user.*`); empty = every event. */
  eventTypes: text("event_types").array().notNull().default(sql`'{}'::text[]`),
  description: text("description").notNull().default(""),
  isActive: boolean("is_active").notNull().default(true),
  createdById: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").notNull(),
    eventType: text("event_type").notNull(),
    status: deliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    responseStatus: integer("response_status"),
    responseBody: text("response_body"),
    error: text("error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deliveredAt: tstz("delivered_at"),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_subscription_event_key").on(t.subscriptionId, t.eventId),
    index("webhook_deliveries_subscription_created_idx").on(t.subscriptionId, t.createdAt),
  ],
);
