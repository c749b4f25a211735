/** The users table in the admin: accounts, roles, bans (one at a time or every user matching a filter). */
import { z } from "zod";
import { transaction } from "@/db/client";
import { revokeSessionsOfUser } from "@/features/accounts/sessions";
import { defineAdmin } from "@/lib/admin/define";
import { eachRow } from "@/lib/admin/save";
import type { AdminContext, BulkAction } from "@/lib/admin/types";
import { ValidationError } from "@/lib/errors";
import { lockRow, updateRow } from "@/lib/write-path";
import { createUser } from "./data";
import { userModel } from "./model";
import { CreateUserInput, Email, Name, Role } from "./schemas";

const UpdateUserAdminInput = z.object({ email: Email, name: Name, role: Role, is_active: z.boolean() });

type BanMove = "ban" | "unban" | "toggle";

/** Bans or unbans one user; false when the user already was in that state. */
async function setBan(id: string, move: BanMove, reason: string | null, ctx: AdminContext): Promise<boolean> {
  return transaction(async (tx) => {
    const before = await lockRow(tx, userModel, id);
    const ban = move === "toggle" ? !before.isBanned : move === "ban";
    if (ban === before.isBanned) return false;
    if (ban && before.id === ctx.viewer.id) return false; // an admin never locks themselves out
    const now = new Date();
    if (ban) {
      await updateRow(tx, userModel, id, { isBanned: true, bannedAt: now, banReason: reason, bannedById: ctx.viewer.id }, ctx.actor, { before, eventType: "user.banned" });
      await revokeSessionsOfUser(tx, id, "banned", ctx.actor);
    } else {
      await updateRow(tx, userModel, id, { isBanned: false, bannedAt: null, banReason: null, bannedById: null, strikesResetAt: now }, ctx.actor, { before, eventType: "user.unbanned" });
    }
    return true;
  });
}

const reasonInput = { name: "reason", label: "Reason (shown to the user)", kind: "text" } as const;

const banActions: BulkAction[] = [
  { name: "ban", label: "Ban", confirm: "Ban {count} {table}? They are signed out everywhere at once.", destructive: true, input: reasonInput, run: (ids, input, ctx) => eachRow(ids, (id) => setBan(id, "ban", input.reason || null, ctx)) },
  { name: "unban", label: "Unban", confirm: "Unban {count} {table}?", run: (ids, _input, ctx) => eachRow(ids, (id) => setBan(id, "unban", null, ctx)) },
  { name: "toggle", label: "Toggle ban", confirm: "Ban the unbanned and unban the banned among {count} {table}?", input: reasonInput, run: (ids, input, ctx) => eachRow(ids, (id) => setBan(id, "toggle", input.reason || null, ctx)) },
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
    update: async (id, input, ctx) => {
      const data = UpdateUserAdminInput.parse(input);
      if (id === ctx.viewer.id && data.role !== "admin") throw ValidationError.field("role", "You cannot take away your own admin role.");
      if (id === ctx.viewer.id && !data.is_active) throw ValidationError.field("is_active", "You cannot deactivate your own account.");
      await transaction((tx) => updateRow(tx, userModel, id, { email: data.email, name: data.name, role: data.role, isActive: data.is_active }, ctx.actor));
    },
  },
  bulkActions: [...banActions, setRole],
  rowActions: banActions,
});
