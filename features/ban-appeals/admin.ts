/** Ban appeals as a table; deciding one (which may unban) belongs to the moderation pages. */
import { banAppealModel } from "@/features/moderation/model";
import { defineAdmin } from "@/lib/admin/define";

export const banAppealsAdmin = defineAdmin({
  slug: "ban-appeals",
  title: "Ban appeals",
  singular: "ban appeal",
  group: "Moderation",
  model: banAppealModel,
  describe: (appeal) => `Appeal of ${appeal.userId}`,
  list: {
    columns: ["created_at", "user_id", "status", "decided_at", "decided_by"],
    ordering: "-created_at",
    search: ["message", "decision_note"],
    filters: [{ kind: "choice", name: "status" }, { kind: "date-range", name: "created_at", label: "Sent" }, { kind: "ref", name: "user_id", label: "User id" }],
  },
});
