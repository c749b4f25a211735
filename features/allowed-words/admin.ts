/** The allowlist: words that never count as hits. Saves go through the moderation DAL. */
import type { z } from "zod";
import { allowedWordModel } from "@/features/moderation/model";
import { CreateAllowedWordInput, UpdateAllowedWordInput } from "@/features/moderation/schemas";
import { createAllowedWord, deleteAllowedWord, updateAllowedWord } from "@/features/moderation/words";
import { defineAdmin } from "@/lib/admin/define";

export const allowedWordsAdmin = defineAdmin({
  slug: "allowed-words",
  title: "Allowed words",
  singular: "allowed word",
  group: "Moderation",
  model: allowedWordModel,
  describe: (word) => word.word,
  list: { columns: ["word", "created_at"], ordering: "word", search: ["word"], filters: [{ kind: "date-range", name: "created_at", label: "Added" }] },
  readOnly: ["created_by", "created_at", "updated_at"],
  form: {
    fields: ["word"],
    create: CreateAllowedWordInput as unknown as z.ZodType<Record<string, unknown>>,
    update: UpdateAllowedWordInput as unknown as z.ZodType<Record<string, unknown>>,
  },
  save: {
    create: async (input, ctx) => (await createAllowedWord(ctx.viewer, input, ctx.actor)).id,
    update: async (id, input, ctx) => void (await updateAllowedWord(ctx.viewer, id, input, ctx.actor)),
    delete: (id, ctx) => deleteAllowedWord(ctx.viewer, id, ctx.actor),
  },
});
