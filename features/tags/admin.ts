/** Tags in the admin: each belongs to one user; deleting one unlinks it from that user's todos. */
import { tagModel } from "@/features/todos/model";
import { defineAdmin } from "@/lib/admin/define";

export const tagsAdmin = defineAdmin({
  slug: "tags",
  title: "Tags",
  singular: "tag",
  group: "Todos",
  model: tagModel,
  describe: (tag) => tag.name,
  list: {
    columns: ["name", "owner_id", "created_at"],
    ordering: "name",
    search: ["name"],
    filters: [{ kind: "ref", name: "owner_id", label: "Owner id" }, { kind: "date-range", name: "created_at", label: "Created" }],
  },
  readOnly: ["owner_id", "created_at", "updated_at"],
  form: { fields: [{ name: "owner_id", kind: "text", label: "Owner (user id)", createOnly: true, required: true }, "name"] },
});
