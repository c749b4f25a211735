import { allowedWords, banAppeals, bannedWords, moderationLogs } from "@/db/schema";
import { defineModel } from "@/lib/write-path";

export const bannedWordModel = defineModel({
  table: bannedWords,
  name: "banned_word",
  constraints: {
    banned_words_word_mode_key: { field: "word", message: "This word is already listed with this match mode." },
  },
});

export const allowedWordModel = defineModel({
  table: allowedWords,
  name: "allowed_word",
  constraints: { allowed_words_word_key: { field: "word", message: "This word is already on the allowlist." } },
});

export const moderationLogModel = defineModel({
  table: moderationLogs,
  name: "moderation_log",
  // SPEC §9 names the live event of a new hit `moderation.hit`.
  events: { create: "moderation.hit" },
  audience: (row) => row.userId,
});

export const banAppealModel = defineModel({
  table: banAppeals,
  name: "ban_appeal",
  audience: (row) => row.userId,
  constraints: {
    ban_appeals_user_ban_key: { field: "message", message: "You have already appealed this ban." },
    ban_appeals_message_length: { field: "message", message: "Write between 1 and 5000 characters." },
  },
});
