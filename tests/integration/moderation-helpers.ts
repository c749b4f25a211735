/** Shared set-up for the moderation tests: listed words, users with viewers, reading logs back. */
import { and, asc, eq } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { events, moderationDailyCounts, moderationLogs, sessions, users } from "@/db/schema";
import { bannedWordModel } from "@/features/moderation/model";
import { createRow, type Actor } from "@/lib/write-path";
import { makeUser, makeViewer, testActor } from "../factories";

/** A unique made-up word, so tests sharing a database never trip over each other's lists. */
export function freshWord(prefix = "zq"): string {
  return `${prefix}${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 8)}x`;
}

export async function listWord(word: string, options: { mode?: "word" | "substring" | "regex"; action?: "log" | "block"; active?: boolean } = {}) {
  return transaction(async (tx) =>
    (
      await createRow(
        tx,
        bannedWordModel,
        { word, matchMode: options.mode ?? "word", action: options.action ?? "log", isActive: options.active ?? true },
        testActor,
      )
    ).after,
  );
}

export async function member(role: "user" | "admin" = "user") {
  const user = await makeUser({ role });
  const actor: Actor = { userId: user.id, source: "api", requestId: "test" };
  return { user, viewer: makeViewer(user), actor };
}

export async function logsOf(userId: string) {
  return getDb().select().from(moderationLogs).where(eq(moderationLogs.userId, userId)).orderBy(asc(moderationLogs.createdAt), asc(moderationLogs.id));
}

export async function countersOf(userId: string) {
  return getDb().select().from(moderationDailyCounts).where(eq(moderationDailyCounts.userId, userId));
}

export async function userRow(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row!;
}

export async function eventsOf(rowId: string, type: string) {
  return getDb()
    .select()
    .from(events)
    .where(and(eq(events.rowId, rowId), eq(events.type, type)));
}

export async function liveSession(userId: string) {
  const [row] = await getDb()
    .insert(sessions)
    .values({ userId, kind: "api", expiresAt: new Date(Date.now() + 86_400_000) })
    .returning();
  return row!;
}

export async function sessionRow(id: string) {
  const [row] = await getDb().select().from(sessions).where(eq(sessions.id, id));
  return row!;
}
