/** Signed-in devices (browser sessions and API token families); revoking one signs it out. */
import { transaction } from "@/db/client";
import { sessionModel } from "@/features/accounts/model";
import { defineAdmin } from "@/lib/admin/define";
import { eachRow } from "@/lib/admin/save";
import type { BulkAction } from "@/lib/admin/types";
import { lockRow, updateRow } from "@/lib/write-path";

const revoke: BulkAction = {
  name: "revoke",
  label: "Revoke",
  confirm: "Sign out {count} {table}?",
  destructive: true,
  run: (ids, _input, ctx) =>
    eachRow(ids, (id) =>
      transaction(async (tx) => {
        const before = await lockRow(tx, sessionModel, id);
        if (before.revokedAt) return false;
        await updateRow(tx, sessionModel, id, { revokedAt: new Date(), revokeReason: "revoked by an admin" }, ctx.actor, { before });
        return true;
      }),
    ),
};

export const sessionsAdmin = defineAdmin({
  slug: "sessions",
  title: "Sessions",
  singular: "session",
  group: "Accounts",
  model: sessionModel,
  describe: (session) => `${session.kind} session ${session.id}`,
  list: {
    columns: ["user_id", "kind", "ip", "created_at", "last_seen_at", "expires_at", "revoked_at"],
    ordering: "-last_seen_at",
    search: ["user_agent", "ip", "user_id"],
    filters: [
      { kind: "choice", name: "kind" },
      { kind: "present", name: "revoked_at", label: "Revoked", yes: "Revoked", no: "Live" },
      { kind: "date-range", name: "last_seen_at", label: "Last seen" },
      { kind: "ref", name: "user_id", label: "User id" },
    ],
  },
  bulkActions: [revoke],
  rowActions: [revoke],
});
