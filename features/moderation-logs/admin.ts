/** Moderation hits: evidence for strikes and bans, so read-only. */
import { moderationLogModel } from "@/features/moderation/model";
import { defineAdmin } from "@/lib/admin/define";

export const moderationLogsAdmin = defineAdmin({
  slug: "moderation-logs",
  title: "Moderation logs",
  singular: "moderation log",
  group: "Moderation",
  model: moderationLogModel,
  describe: (log) => `“${log.matchedText}” (${log.word})`,
  list: {
    columns: ["created_at", "user_id", "word", "matched_text", "field", "action", "todo_id"],
    ordering: "-created_at",
    search: ["word", "matched_text"],
    filters: [
      { kind: "choice", name: "field" },
      { kind: "choice", name: "action" },
      { kind: "date-range", name: "created_at", label: "Logged" },
      { kind: "ref", name: "user_id", label: "User id" },
    ],
  },
});
