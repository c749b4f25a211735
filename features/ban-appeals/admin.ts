/** Ban appeals as a table, decided through the appeals DAL (accepting lifts the ban the appeal is about). */
import { banAppealModel } from "@/features/moderation/model";
import { decideAppeal } from "@/features/moderation/appeals";
import { defineAdmin } from "@/lib/admin/define";
import type { ActionResult, AdminContext, BulkAction } from "@/lib/admin/types";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** Decides each appeal; one already decided (or gone) is left as it is. */
async function decide(ids: string[], decision: "accept" | "reject", note: string | undefined, ctx: AdminContext): Promise<ActionResult> {
  let done = 0;
  for (const id of ids) {
    try {
      await decideAppeal(ctx.viewer, id, { decision, ...(note ? { note } : {}) }, ctx.actor);
      done++;
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof NotFoundError)) throw err;
    }
  }
  return { done, skipped: ids.length - done };
}

const noteInput = { name: "note", label: "Note (kept with the decision)", kind: "text" } as const;

const decisions: BulkAction[] = [
  { name: "accept", label: "Accept (unban)", confirm: "Accept {count} {table} and lift those bans?", input: noteInput, run: (ids, input, ctx) => decide(ids, "accept", input.note, ctx) },
  { name: "reject", label: "Reject", confirm: "Reject {count} {table}?", input: noteInput, run: (ids, input, ctx) => decide(ids, "reject", input.note, ctx) },
];

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
  bulkActions: decisions,
  rowActions: decisions,
});
