/**
 * Bans (SPEC §6): one place that bans and unbans, used by the admin API, the dashboard, the
 * CLI, appeals and the automatic ban. A ban ends every session and token family of the user
 * in the same transaction and raises `user.banned`; an unban raises `user.unbanned` and
 * restarts the user's strike count (strikes_reset_at).
 *
 * Locks are FOR NO KEY UPDATE: todo inserts hold KEY SHARE on their owner's row, and a
 * stronger lock here would deadlock with a save that is about to log a moderation hit.
 */
import { asc, inArray } from "drizzle-orm";
import type { z } from "zod";
import { transaction, type Tx } from "@/db/client";
import { users, type User } from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import { revokeSessionsOfUser } from "@/features/accounts/sessions";
import { BANNED } from "@/features/accounts/viewer-query";
import type { Viewer } from "@/features/accounts/viewer";
import { parseInput, ValidationError } from "@/lib/errors";
import { updateRow, type Actor } from "@/lib/write-path";
import { BanUsersInput } from "@/features/moderation/schemas";
import { userModel } from "./model";

export interface BanOptions {
  reason?: string | null;
  /** The admin who bans; null for the automatic ban. */
  bannedBy: string | null;
}

/** Bans a user whose row the caller locked in `tx`. */
export async function applyBan(tx: Tx, before: User, options: BanOptions, actor: Actor): Promise<User> {
  if (before.isBanned) return before;
  const { after } = await updateRow(
    tx,
    userModel,
    before.id,
    { isBanned: true, bannedAt: new Date(), banReason: options.reason?.trim() || null, bannedById: options.bannedBy },
    actor,
    { before, eventType: "user.banned" },
  );
  await revokeSessionsOfUser(tx, before.id, BANNED, actor);
  return after;
}

/** Unbans a user whose row the caller locked in `tx`; their strikes start again from zero. */
export async function applyUnban(tx: Tx, before: User, actor: Actor): Promise<User> {
  if (!before.isBanned) return before;
  const { after } = await updateRow(
    tx,
    userModel,
    before.id,
    { isBanned: false, bannedAt: null, banReason: null, bannedById: null, strikesResetAt: new Date() },
    actor,
    { before, eventType: "user.unbanned" },
  );
  return after;
}

/** Reads and locks users by id, in id order (a stable order keeps concurrent bans from deadlocking). */
export async function lockUsers(tx: Tx, ids: string[]): Promise<User[]> {
  if (ids.length === 0) return [];
  return tx.select().from(users).where(inArray(users.id, ids)).orderBy(asc(users.id)).for("no key update");
}

export interface BanResult {
  data: { user_id: string; is_banned: boolean }[];
  not_found: string[];
}

/**
 * Bans, unbans or toggles many users in one transaction (the admin API's `users/ban`).
 * `bannedBy` is who is recorded on the ban; `selfId` is refused as a ban target.
 */
export async function setBans(
  input: z.output<typeof BanUsersInput>,
  context: { bannedBy: string | null; selfId: string | null },
  actor: Actor,
): Promise<BanResult> {
  const ids = [...new Set(input.user_ids.map((id) => id.toLowerCase()))];
  return transaction(async (tx) => {
    const rows = await lockUsers(tx, ids);
    const byId = new Map(rows.map((u) => [u.id, u]));
    const self = context.selfId ? byId.get(context.selfId) : undefined;
    if (self && (input.action === "ban" || (input.action === "toggle" && !self.isBanned))) {
      throw ValidationError.field("user_ids", "You cannot ban yourself.");
    }
    const data: BanResult["data"] = [];
    for (const id of ids) {
      const before = byId.get(id);
      if (!before) continue;
      const ban = input.action === "toggle" ? !before.isBanned : input.action === "ban";
      const after = ban ? await applyBan(tx, before, { reason: input.reason, bannedBy: context.bannedBy }, actor) : await applyUnban(tx, before, actor);
      data.push({ user_id: after.id, is_banned: after.isBanned });
    }
    return { data, not_found: ids.filter((id) => !byId.has(id)) };
  });
}

/** The admin API and dashboard: admins only; an admin cannot ban themselves. */
export async function banUsers(viewer: Viewer, input: unknown, actor: Actor): Promise<BanResult> {
  assertAdmin(viewer);
  const data = parseInput(BanUsersInput, input);
  return setBans(data, { bannedBy: viewer.id, selfId: viewer.id }, actor);
}
