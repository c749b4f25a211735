import { tags, todos } from "@/db/schema";
import { defineModel } from "@/lib/write-path";

export const todoModel = defineModel({
  table: todos,
  name: "todo",
  audience: (row) => row.ownerId,
  constraints: {
    todos_started_before_completed: { field: "completed_on", message: "Must be later than started_on." },
    todos_title_not_blank: { field: "title", message: "Title must not be empty." },
    todos_description_length: { field: "description", message: "Ensure this field has no more than 10000 characters." },
    todos_completed_on_matches_status: { field: "completed_on", message: "completed_on is set exactly when the status is completed." },
    todos_series_due_key: { field: "due_on", message: "This series already has an instance due then." },
  },
});

export const tagModel = defineModel({
  table: tags,
  name: "tag",
  audience: (row) => row.ownerId,
  constraints: {
    tags_owner_name_key: { field: "name", message: "You already have a tag with this name." },
    tags_name_not_blank: { field: "name", message: "Tag name must not be empty." },
  },
});
