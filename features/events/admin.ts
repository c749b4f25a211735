/** The outbox: one event per write, feeding live views and webhooks. Read-only. */
import { events } from "@/db/schema";
import { defineAdmin, tableNames } from "@/lib/admin/define";
import { defineModel } from "@/lib/write-path";

export const eventsAdmin = defineAdmin({
  slug: "events",
  title: "Events",
  singular: "event",
  group: "System",
  model: defineModel({ table: events, name: "event" }),
  describe: (event) => `${event.type} ${event.rowId}`,
  list: {
    columns: ["created_at", "type", "table_name", "row_id", "actor_id", "dispatched_at"],
    ordering: "-created_at",
    search: ["type", "row_id", "actor_id", "audience_user_id"],
    filters: [
      { kind: "choice", name: "table_name", label: "Table", choices: tableNames() },
      { kind: "present", name: "dispatched_at", label: "Sent to webhooks", yes: "Sent", no: "Not yet" },
      { kind: "date-range", name: "created_at", label: "When" },
    ],
  },
});
