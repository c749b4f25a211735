/**
 * Ban appeals (SPEC §4): a banned user sends one appeal per ban (unique user + banned_at);
 * admins accept (which lifts the ban) or reject; the appeal and its outcome are kept and
 * shown to the user.
 */
import { and, count, desc, eq } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { banAppeals, users, type User } from "@/db/schema";
import { assertAdmin, assertUser } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { isUuid } from "@/features/accounts/viewer-query";
import { applyUnban, lockUsers } from "@/features/users/bans";
import { offsetOf } from "@/lib/api/pagination";
import { ConflictError, NotFoundError, parseInput } from "@/lib/errors";
import { createRow, lockRow, updateRow, type Actor } from "@/lib/write-path";
import { banAppealModel } from "./model";
import { AppealInput, DecideAppealInput, type AppealDto, type AppealListQuery } from "./schemas";

type AppealRow = typeof banAppeals.$inferSelect;

export function toAppealDto(row: AppealRow): AppealDto {
  return {
    id: row.id,
    user_id: row.userId,
    banned_at: row.bannedAt.toISOString(),
    message: row.message,
    status: row.status,
    decided_by: row.decidedById,
    decided_at: row.decidedAt?.toISOString() ?? null,
    decision_note: row.decisionNote,
    created_at: row.createdAt.toISOString(),
  };
}

async function freshUser(id: string): Promise<User> {
  const [user] = await getDb().select().from(users).where(eq(users.id, id));
  if (!user) throw new NotFoundError();
  return user;
}

export interface BanNotice {
  is_banned: boolean;
  ban_reason: string | null;
  banned_at: string | null;
  /** The appeal against the current ban, if one was sent. */
  appeal: AppealDto | null;
  /** The most recent decided appeal (e.g. an accepted one after the ban was lifted). */
  last_decision: AppealDto | null;
}

/** What the ban notice page shows the viewer. */
export async function getBanNotice(viewer: Viewer): Promise<BanNotice> {
  assertUser(viewer);
  const user = await freshUser(viewer.id);
  const appeals = await getDb().select().from(banAppeals).where(eq(banAppeals.userId, user.id)).orderBy(desc(banAppeals.createdAt)).limit(20);
  const current = user.bannedAt ? appeals.find((a) => a.bannedAt.getTime() === user.bannedAt!.getTime()) : undefined;
  const decided = appeals.find((a) => a.status !== "open");
  return {
    is_banned: user.isBanned,
    ban_reason: user.banReason,
    banned_at: user.bannedAt?.toISOString() ?? null,
    appeal: current ? toAppealDto(current) : null,
    last_decision: decided ? toAppealDto(decided) : null,
  };
}

/** A banned user's one appeal against their current ban. */
export async function submitAppeal(viewer: Viewer, input: unknown, actor: Actor): Promise<AppealDto> {
  assertUser(viewer);
  const data = parseInput(AppealInput, input);
  return transaction(async (tx) => {
    const [user] = await lockUsers(tx, [viewer.id]);
    if (!user) throw new NotFoundError();
    if (!user.isBanned || !user.bannedAt) throw new ConflictError("Your account is not banned, so there is nothing to appeal.");
    const { after } = await createRow(tx, banAppealModel, { userId: user.id, bannedAt: user.bannedAt, message: data.message }, actor);
    return toAppealDto(after);
  });
}

export interface AdminAppealDto extends AppealDto {
  email: string;
  name: string;
  ban_reason: string | null;
  /** Whether the user is still under the ban this appeal is about. */
  ban_current: boolean;
}

export async function listAppeals(viewer: Viewer, query: AppealListQuery): Promise<{ rows: AdminAppealDto[]; total: number }> {
  assertAdmin(viewer);
  const where = query.status ? eq(banAppeals.status, query.status) : undefined;
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({ appeal: banAppeals, user: users })
      .from(banAppeals)
      .innerJoin(users, eq(users.id, banAppeals.userId))
      .where(where)
      .orderBy(desc(banAppeals.createdAt), desc(banAppeals.id))
      .limit(query.page_size)
      .offset(offsetOf(query)),
    db.select({ n: count() }).from(banAppeals).where(where),
  ]);
  return {
    rows: rows.map(({ appeal, user }) => ({
      ...toAppealDto(appeal),
      email: user.email,
      name: user.name,
      ban_reason: user.banReason,
      ban_current: user.isBanned && user.bannedAt?.getTime() === appeal.bannedAt.getTime(),
    })),
    total: total?.n ?? 0,
  };
}

/** Accepting lifts the ban the appeal is about (if it still stands); rejecting keeps it. */
export async function decideAppeal(viewer: Viewer, id: string, input: unknown, actor: Actor): Promise<AppealDto> {
  assertAdmin(viewer);
  const data = parseInput(DecideAppealInput, input);
  if (!isUuid(id)) throw new NotFoundError();
  return transaction(async (tx) => {
    const before = await lockRow(tx, banAppealModel, id);
    if (before.status !== "open") throw new ConflictError(`This appeal was already ${before.status}.`);
    if (data.decision === "accept") {
      const [user] = await lockUsers(tx, [before.userId]);
      if (user?.isBanned && user.bannedAt?.getTime() === before.bannedAt.getTime()) await applyUnban(tx, user, actor);
    }
    const { after } = await updateRow(
      tx,
      banAppealModel,
      id,
      { status: data.decision === "accept" ? "accepted" : "rejected", decidedById: viewer.id, decidedAt: new Date(), decisionNote: data.note || null },
      actor,
      { before },
    );
    return toAppealDto(after);
  });
}

/** Open appeals waiting for an admin (dashboard badge). */
export async function countOpenAppeals(viewer: Viewer): Promise<number> {
  assertAdmin(viewer);
  const [row] = await getDb().select({ n: count() }).from(banAppeals).where(and(eq(banAppeals.status, "open")));
  return row?.n ?? 0;
}
