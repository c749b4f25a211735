-- Reverses 0000_init: drops every table and enum it created.
DROP TABLE IF EXISTS "idempotency_keys" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "mail_outbox" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "rate_limits" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "events" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "audit_entries" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "refresh_tokens" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "password_reset_tokens" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "sessions" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "moderation_daily_counts" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "moderation_logs" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "ban_appeals" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "allowed_words" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "banned_words" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "todo_tags" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "tags" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "todos" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "profiles" CASCADE;--> statement-breakpoint
DROP TABLE IF EXISTS "users" CASCADE;--> statement-breakpoint
DROP TYPE IF EXISTS "public"."user_role";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."todo_priority";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."todo_status";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."appeal_status";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."match_mode";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."moderated_field";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."word_action";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."session_kind";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."audit_action";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."write_source";
