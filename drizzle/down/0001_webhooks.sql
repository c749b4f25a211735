-- Reverses 0001_webhooks.
DROP INDEX IF EXISTS "events_undispatched_idx";--> statement-breakpoint
ALTER TABLE "events" DROP COLUMN IF EXISTS "dispatched_at";--> statement-breakpoint
DROP TABLE IF EXISTS "webhook_deliveries";--> statement-breakpoint
DROP TABLE IF EXISTS "webhook_subscriptions";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."webhook_delivery_status";
