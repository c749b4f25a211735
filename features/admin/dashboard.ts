/**
 * The admin home's figures and chart series. Moderation series come from the per-day
 * counters (moderation_daily_counts), so they stay fast on millions of log rows. Days are
 * UTC days.
 */
import { and, count, countDistinct, desc, eq, gte, isNull, lt, ne, sql, sum } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moderationDailyCounts, moderationLogs, sessions, todos, users } from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";

export interface Figures {
  users: number;
  activeToday: number;
  banned: number;
  todosByStatus: { status: string; count: number }[];
  overdue: number;
}

export interface DaySeries {
  day: string;
  count: number;
}

export interface Ranked {
  label: string;
  count: number;
  href?: string;
}

export interface RecentHit {
  id: string;
  userId: string;
  email: string | null;
  word: string;
  matchedText: string;
  field: string;
  createdAt: string;
}

export interface Dashboard {
  figures: Figures;
  hitsPerDay: DaySeries[];
  newUsersPerDay: DaySeries[];
  topWords: Ranked[];
  topOffenders: Ranked[];
  recentHits: RecentHit[];
  days: number;
}

const startOfUtcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** A value for every day of the window, zero where nothing happened. */
function fillDays(since: Date, days: number, rows: { day: string; count: number }[]): DaySeries[] {
  const byDay = new Map(rows.map((r) => [r.day, r.count]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(since.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    return { day, count: byDay.get(day) ?? 0 };
  });
}

export async function getDashboard(viewer: Viewer, now = new Date(), days = 30): Promise<Dashboard> {
  assertAdmin(viewer);
  const db = getDb();
  const today = startOfUtcDay(now);
  const since = new Date(today.getTime() - (days - 1) * 86_400_000);
  const utcDay = (column: typeof users.createdAt | typeof moderationDailyCounts.day) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;

  const [[userCount], [active], [banned], byStatus, [overdue], hits, newUsers, words, offenders, recent] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: countDistinct(sessions.userId) }).from(sessions).where(gte(sessions.lastSeenAt, today)),
    db.select({ n: count() }).from(users).where(eq(users.isBanned, true)),
    db.select({ status: todos.status, n: count() }).from(todos).where(isNull(todos.deletedAt)).groupBy(todos.status),
    db
      .select({ n: count() })
      .from(todos)
      .where(and(isNull(todos.deletedAt), ne(todos.status, "completed"), lt(todos.dueOn, now))),
    db
      .select({ day: utcDay(moderationDailyCounts.day), n: sum(moderationDailyCounts.count).mapWith(Number) })
      .from(moderationDailyCounts)
      .where(gte(moderationDailyCounts.day, since))
      .groupBy(utcDay(moderationDailyCounts.day)),
    db
      .select({ day: utcDay(users.createdAt), n: count() })
      .from(users)
      .where(gte(users.createdAt, since))
      .groupBy(utcDay(users.createdAt)),
    db
      .select({ word: moderationDailyCounts.word, n: sum(moderationDailyCounts.count).mapWith(Number) })
      .from(moderationDailyCounts)
      .where(gte(moderationDailyCounts.day, since))
      .groupBy(moderationDailyCounts.word)
      .orderBy(desc(sum(moderationDailyCounts.count)))
      .limit(10),
    db
      .select({ userId: moderationDailyCounts.userId, email: users.email, n: sum(moderationDailyCounts.count).mapWith(Number) })
      .from(moderationDailyCounts)
      .innerJoin(users, eq(users.id, moderationDailyCounts.userId))
      .where(gte(moderationDailyCounts.day, since))
      .groupBy(moderationDailyCounts.userId, users.email)
      .orderBy(desc(sum(moderationDailyCounts.count)))
      .limit(10),
    db
      .select({
        id: moderationLogs.id,
        userId: moderationLogs.userId,
        email: users.email,
        word: moderationLogs.word,
        matchedText: moderationLogs.matchedText,
        field: moderationLogs.field,
        createdAt: moderationLogs.createdAt,
      })
      .from(moderationLogs)
      .leftJoin(users, eq(users.id, moderationLogs.userId))
      .orderBy(desc(moderationLogs.createdAt))
      .limit(10),
  ]);

  return {
    figures: {
      users: userCount?.n ?? 0,
      activeToday: active?.n ?? 0,
      banned: banned?.n ?? 0,
      todosByStatus: ["pending", "in_progress", "completed"].map((status) => ({ status, count: byStatus.find((s) => s.status === status)?.n ?? 0 })),
      overdue: overdue?.n ?? 0,
    },
    hitsPerDay: fillDays(since, days, hits.map((h) => ({ day: h.day, count: h.n ?? 0 }))),
    newUsersPerDay: fillDays(since, days, newUsers.map((u) => ({ day: u.day, count: u.n }))),
    topWords: words.map((w) => ({ label: w.word, count: w.n ?? 0, href: `/admin/moderation-logs?q=${encodeURIComponent(w.word)}` })),
    topOffenders: offenders.map((o) => ({ label: o.email, count: o.n ?? 0, href: `/admin/users/${o.userId}` })),
    recentHits: recent.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    days,
  };
}
