/** The audit trail (Django's LogEntry): written only by the write path, never edited. */
import { auditEntries } from "@/db/schema";
import { defineAdmin, tableNames } from "@/lib/admin/define";
import { defineModel } from "@/lib/write-path";

export const auditEntriesAdmin = defineAdmin({
  slug: "audit-entries",
  title: "Audit entries",
  singular: "audit entry",
  group: "System",
  model: defineModel({ table: auditEntries, name: "audit_entry" }),
  describe: (entry) => `${entry.action} ${entry.tableName} ${entry.rowId}`,
  list: {
    columns: ["created_at", "action", "table_name", "row_id", "source", "actor_id"],
    ordering: "-created_at",
    search: ["row_id", "table_name", "request_id", "actor_id"],
    filters: [
      { kind: "choice", name: "action" },
      { kind: "choice", name: "source" },
      { kind: "choice", name: "table_name", label: "Table", choices: tableNames() },
      { kind: "date-range", name: "created_at", label: "When" },
      { kind: "ref", name: "actor_id", label: "Actor id" },
    ],
  },
});
