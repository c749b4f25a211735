/**
 * Todos in the admin, soft-deleted ones included (filter "Deleted"). Saves go through the
 * todos DAL so the SPEC §3 rules and the moderation scan hold here as everywhere.
 */
import { z } from "zod";
import { transaction } from "@/db/client";
import { defineAdmin } from "@/lib/admin/define";
import { getRow } from "@/lib/admin/query";
import { eachRow, onBehalfOf } from "@/lib/admin/save";
import type { AdminContext } from "@/lib/admin/types";
import { updateRow } from "@/lib/write-path";
import { createTodo, deleteTodo, updateTodo } from "./data";
import { todoModel } from "./model";
import { CreateTodoInput, UpdateTodoInput } from "./schemas";

const AdminCreateTodoInput = CreateTodoInput.extend({ owner_id: z.uuid({ message: "Enter the owner's user id." }) });

async function ownerOf(id: string, ctx: AdminContext): Promise<string> {
  return String((await getRow(ctx.viewer, todosAdmin, id)).owner_id);
}

export const todosAdmin = defineAdmin({
  slug: "todos",
  title: "Todos",
  singular: "todo",
  group: "Todos",
  model: todoModel,
  describe: (todo) => todo.title,
  list: {
    columns: ["title", "owner_id", "status", "priority", "due_on", "created_at", { name: "deleted_at", label: "Deleted" }],
    ordering: "-created_at",
    search: ["title", "description"],
    filters: [
      { kind: "choice", name: "status" },
      { kind: "choice", name: "priority" },
      { kind: "present", name: "deleted_at", label: "Deleted", yes: "Deleted", no: "Live" },
      { kind: "date-range", name: "due_on", label: "Due" },
      { kind: "date-range", name: "created_at", label: "Created" },
      { kind: "ref", name: "owner_id", label: "Owner id" },
    ],
  },
  readOnly: ["owner_id", "series_id", "created_at", "updated_at", "deleted_at"],
  form: {
    fields: [
      { name: "owner_id", kind: "text", label: "Owner (user id)", createOnly: true, required: true },
      "title",
      { name: "description", kind: "textarea" },
      "status",
      "priority",
      { name: "due_on", help: "Must be in the future when set or changed." },
      "started_on",
      "completed_on",
      { name: "recurrence", help: "An RRULE such as FREQ=WEEKLY;BYDAY=MO." },
    ],
    create: AdminCreateTodoInput,
    update: UpdateTodoInput,
  },
  save: {
    create: async (input, ctx) => {
      const { owner_id: ownerId, ...todo } = AdminCreateTodoInput.parse(input);
      return (await createTodo(onBehalfOf(ownerId, ctx), todo, ctx.actor)).id;
    },
    update: async (id, input, ctx) => {
      await updateTodo(onBehalfOf(await ownerOf(id, ctx), ctx), id, input as UpdateTodoInput, ctx.actor);
    },
    delete: async (id, ctx) => deleteTodo(onBehalfOf(await ownerOf(id, ctx), ctx), id, ctx.actor),
  },
  bulkActions: [
    {
      name: "restore",
      label: "Restore",
      confirm: "Restore {count} deleted {table}?",
      run: (ids, _input, ctx) =>
        eachRow(ids, async (id) => {
          const { changes } = await transaction((tx) => updateRow(tx, todoModel, id, { deletedAt: null }, ctx.actor, { eventType: "todo.restored" }));
          return Object.keys(changes).length > 0;
        }),
    },
  ],
});
