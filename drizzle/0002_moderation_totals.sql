CREATE TABLE "moderation_user_totals" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"total" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_word_totals" (
	"user_id" uuid NOT NULL,
	"word" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "moderation_word_totals_pkey" PRIMARY KEY("user_id","word")
);
--> statement-breakpoint
ALTER TABLE "moderation_user_totals" ADD CONSTRAINT "moderation_user_totals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_word_totals" ADD CONSTRAINT "moderation_word_totals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_user_totals_total_idx" ON "moderation_user_totals" USING btree ("total" DESC NULLS LAST,"user_id");--> statement-breakpoint
INSERT INTO "moderation_word_totals" ("user_id", "word", "count") SELECT "user_id", "word", count(*) FROM "moderation_logs" GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO "moderation_user_totals" ("user_id", "total") SELECT "user_id", count(*) FROM "moderation_logs" GROUP BY 1;
