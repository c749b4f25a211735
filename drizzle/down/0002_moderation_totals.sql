-- Reverses 0002_moderation_totals.
DROP TABLE IF EXISTS "moderation_word_totals";--> statement-breakpoint
DROP TABLE IF EXISTS "moderation_user_totals";
