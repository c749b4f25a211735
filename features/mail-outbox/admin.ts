/** Every e-mail the app sent, whatever the transport: how an admin reads mail without SMTP. */
import { mailOutbox } from "@/db/schema";
import { defineAdmin } from "@/lib/admin/define";
import { defineModel } from "@/lib/write-path";

export const mailOutboxAdmin = defineAdmin({
  slug: "mail-outbox",
  title: "Mail outbox",
  singular: "e-mail",
  group: "System",
  model: defineModel({ table: mailOutbox, name: "mail" }),
  describe: (mail) => `${mail.subject} → ${mail.to}`,
  list: {
    columns: ["created_at", "to", "subject", "transport", "sent_at"],
    search: ["to", "subject"],
    filters: [{ kind: "present", name: "sent_at", label: "Sent", yes: "Sent", no: "Not sent" }, { kind: "date-range", name: "created_at", label: "When" }],
  },
});
