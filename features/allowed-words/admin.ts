/** The allowlist: words that never count as hits. */
import { allowedWordModel } from "@/features/moderation/model";
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
  form: { fields: ["word"] },
});
