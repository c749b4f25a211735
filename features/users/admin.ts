/** The users table in the admin: accounts, roles, bans (one at a time or every user matching a filter). */
import { z } from "zod";
import { transaction } from "@/db/client";
import { defineAdmin } from "@/lib/admin/define";
import { eachRow } from "@/lib/admin/save";
import type { ActionResult, AdminContext, BulkAction } from "@/lib/admin/types";
import { ValidationError } from "@/lib/errors";
import { updateRow } from "@/lib/write-path";
import { banUsers } from "./bans";
import { createUser } from "./data";
import { userModel } from "./model";
import { CreateUserInput, Email, Name, Role } from "./schemas";

const UpdateUserAdminInput = z.object({ email: Email, name: Name, role: Role, is_active: z.boolean() });

/** Ban moves through the bans DAL (sessions ended, events raised); the admin never bans themselves. */
async function moveBans(ids: string[], action: "ban" | "unban" | "toggle", reason: string | undefined, ctx: AdminContext): Promise<ActionResult> {
  const targets = ids.filter((id) => id !== ctx.viewer.id);
  if (targets.length === 0) return { done: 0, skipped: ids.length };
  const result = await banUsers(ctx.viewer, { user_ids: targets, action, ...(reason ? { reason } : {}) }, ctx.actor);
  return { done: result.data.length, skipped: ids.length - result.data.length };
}

const reasonInput = { name: "reason", label: "Reason (shown to the user)", kind: "text" } as const;

const banActions: BulkAction[] = [
  { name: "ban", label: "Ban", confirm: "Ban {count} {table}? They are signed out everywhere at once.", destructive: true, input: reasonInput, run: (ids, input, ctx) => moveBans(ids, "ban", input.reason, ctx) },
  { name: "unban", label: "Unban", confirm: "Unban {count} {table}?", run: (ids, _input, ctx) => moveBans(ids, "unban", undefined, ctx) },
  { name: "toggle", label: "Toggle ban", confirm: "Ban the unbanned and unban the banned among {count} {table}?", input: reasonInput, run: (ids, input, ctx) => moveBans(ids, "toggle", input.reason, ctx) },
];

const setRole: BulkAction = {
  name: "set-role",
  label: "Change role",
  confirm: "Change the role of {count} {table}?",
  input: { name: "role", label: "New role", kind: "select", choices: ["user", "admin"], required: true },
  run: (ids, input, ctx) => {
    const role = Role.parse(input.role);
    return eachRow(ids, async (id) => {
      if (id === ctx.viewer.id) return false;
      const { changes } = await transaction((tx) => updateRow(tx, userModel, id, { role }, ctx.actor));
      return Object.keys(changes).length > 0;
    });
  },
};

export const usersAdmin = defineAdmin({
  slug: "users",
  title: "Users",
  singular: "user",
  group: "Accounts",
  model: userModel,
  describe: (user) => user.email,
  list: {
    columns: ["email", "name", "role", "is_active", "is_banned", "created_at", "last_login_at"],
    ordering: "-created_at",
    search: ["email", "name", "ban_reason"],
    filters: [
      { kind: "choice", name: "role" },
      { kind: "boolean", name: "is_banned", label: "Banned" },
      { kind: "boolean", name: "is_active", label: "Active" },
      { kind: "date-range", name: "created_at", label: "Joined" },
      { kind: "date-range", name: "last_login_at", label: "Last login" },
    ],
  },
  readOnly: ["is_banned", "banned_at", "ban_reason", "banned_by", "strikes_reset_at", "created_at", "updated_at", "last_login_at"],
  form: {
    fields: [
      { name: "email", kind: "email" },
      "name",
      { name: "password", kind: "password", createOnly: true, required: true, help: "At least 8 characters." },
      "role",
      { name: "is_active", label: "Active", updateOnly: true, help: "An inactive account cannot log in." },
    ],
    create: CreateUserInput as unknown as z.ZodType<Record<string, unknown>>,
    update: UpdateUserAdminInput,
  },
  save: {
    create: async (input, ctx) => (await createUser(input as CreateUserInput, ctx.actor)).id,
    // Receives only the fields the admin changed.
    update: async (id, input, ctx) => {
      const data = UpdateUserAdminInput.partial().parse(input);
      if (id === ctx.viewer.id && data.role !== undefined && data.role !== "admin") throw ValidationError.field("role", "You cannot take away your own admin role.");
      if (id === ctx.viewer.id && data.is_active === false) throw ValidationError.field("is_active", "You cannot deactivate your own account.");
      const patch = {
        ...(data.email !== undefined && { email: data.email }),
        ...(data.name !== undefined && { name: data.name }),
        ...(data.role !== undefined && { role: data.role }),
        ...(data.is_active !== undefined && { isActive: data.is_active }),
      };
      await transaction((tx) => updateRow(tx, userModel, id, patch, ctx.actor));
    },
  },
  bulkActions: [...banActions, setRole],
  rowActions: banActions,
});
