/** The banned-word list as a table (the moderation pages add the "test this text" box and imports). Saves go through the moderation DAL. */
import type { z } from "zod";
import { bannedWordModel } from "@/features/moderation/model";
import { CreateBannedWordInput, UpdateBannedWordInput } from "@/features/moderation/schemas";
import { createBannedWord, deleteBannedWord, updateBannedWord } from "@/features/moderation/words";
import { defineAdmin } from "@/lib/admin/define";

export const bannedWordsAdmin = defineAdmin({
  slug: "banned-words",
  title: "Banned words",
  singular: "banned word",
  group: "Moderation",
  model: bannedWordModel,
  describe: (word) => word.word,
  list: {
    columns: ["word", "match_mode", "action", "is_active", "created_at"],
    ordering: "word",
    search: ["word"],
    filters: [
      { kind: "choice", name: "match_mode", label: "Match mode" },
      { kind: "choice", name: "action" },
      { kind: "boolean", name: "is_active", label: "Active" },
      { kind: "date-range", name: "created_at", label: "Added" },
    ],
  },
  readOnly: ["created_by", "created_at", "updated_at"],
  form: {
    fields: [
      "word",
      { name: "match_mode", help: "word: whole words; substring: anywhere; regex: a regular expression." },
      { name: "action", help: "log keeps the save and logs it; block refuses it." },
      { name: "is_active", label: "Active" },
    ],
    create: CreateBannedWordInput as unknown as z.ZodType<Record<string, unknown>>,
    update: UpdateBannedWordInput as unknown as z.ZodType<Record<string, unknown>>,
  },
  save: {
    create: async (input, ctx) => (await createBannedWord(ctx.viewer, input, ctx.actor)).id,
    update: async (id, input, ctx) => void (await updateBannedWord(ctx.viewer, id, input, ctx.actor)),
    delete: (id, ctx) => deleteBannedWord(ctx.viewer, id, ctx.actor),
  },
});
