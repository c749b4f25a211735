/**
 * What admins read about moderation: the raw log (filtered, paginated) and the per-user
 * summary. The summary never scans the logs: without `since` it reads the all-time totals
 * (moderation_user_totals is indexed by total, so the top offenders are an index scan);
 * with `since` it adds up the daily counters from the first whole day on, plus the raw
 * logs of the partial first day.
 */
import { and, count, desc, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { moderationLogs, moderationUserTotals, moderationWordTotals, users } from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { offsetOf } from "@/lib/api/pagination";
import type { Listing } from "./words";
import type { ModerationLogDto, ModerationLogQuery, SummaryQuery, SummaryRow } from "./schemas";

type LogRow = typeof moderationLogs.$inferSelect;

export function toModerationLogDto(row: LogRow): ModerationLogDto {
  return {
    id: row.id,
    todo_id: row.todoId,
    user_id: row.userId,
    banned_word_id: row.bannedWordId,
    word: row.word,
    matched_text: row.matchedText,
    field: row.field,
    action: row.action,
    created_at: row.createdAt.toISOString(),
  };
}

export async function listModerationLogs(viewer: Viewer, query: ModerationLogQuery): Promise<Listing<ModerationLogDto>> {
  assertAdmin(viewer);
  const where = and(
    query.user_id ? eq(moderationLogs.userId, query.user_id) : undefined,
    query.word ? eq(sql`lower(${moderationLogs.word})`, query.word.toLowerCase()) : undefined,
    query.since ? gte(moderationLogs.createdAt, query.since) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db.select().from(moderationLogs).where(where).orderBy(desc(moderationLogs.createdAt), desc(moderationLogs.id)).limit(query.page_size).offset(offsetOf(query)),
    db.select({ n: count() }).from(moderationLogs).where(where),
  ]);
  return { rows: rows.map(toModerationLogDto), total: total?.n ?? 0 };
}

const DAY_MS = 86_400_000;

function uuidList(ids: string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

export async function moderationSummary(viewer: Viewer, query: SummaryQuery): Promise<SummaryRow[]> {
  assertAdmin(viewer);
  const ids = query.user_id ? [...new Set(query.user_id.map((id) => id.toLowerCase()))] : undefined;
  if (ids && ids.length === 0) return [];
  return query.since ? summarySince(query.since, query.limit, ids) : summaryAllTime(query.limit, ids);
}

async function summaryAllTime(limit: number, ids: string[] | undefined): Promise<SummaryRow[]> {
  const db = getDb();
  const top = await db
    .select({ userId: moderationUserTotals.userId, total: moderationUserTotals.total, email: users.email })
    .from(moderationUserTotals)
    .innerJoin(users, eq(users.id, moderationUserTotals.userId))
    .where(ids ? inArray(moderationUserTotals.userId, ids) : sql`${moderationUserTotals.total} > 0`)
    .orderBy(desc(moderationUserTotals.total), moderationUserTotals.userId)
    .limit(limit);
  if (top.length === 0) return [];
  const words = await db
    .select()
    .from(moderationWordTotals)
    .where(
      inArray(
        moderationWordTotals.userId,
        top.map((t) => t.userId),
      ),
    )
    .orderBy(desc(moderationWordTotals.count), moderationWordTotals.word);
  const byUser = new Map<string, { word: string; count: number }[]>();
  for (const w of words) {
    if (w.count > 0) (byUser.get(w.userId) ?? byUser.set(w.userId, []).get(w.userId)!).push({ word: w.word, count: w.count });
  }
  return top.filter((t) => t.total > 0).map((t) => ({ user_id: t.userId, email: t.email, total: t.total, logs: byUser.get(t.userId) ?? [] }));
}

async function summarySince(since: Date, limit: number, ids: string[] | undefined): Promise<SummaryRow[]> {
  const firstWholeDay = new Date(Math.ceil(since.getTime() / DAY_MS) * DAY_MS);
  const userFilter = (column: SQL) => (ids ? sql`AND ${column} IN (${uuidList(ids)})` : sql``);
  const partial =
    firstWholeDay.getTime() > since.getTime()
      ? sql`UNION ALL
          SELECT user_id, word, count(*)::int AS n FROM moderation_logs
          WHERE created_at >= ${since.toISOString()}::timestamptz AND created_at < ${firstWholeDay.toISOString()}::timestamptz ${userFilter(sql`user_id`)}
          GROUP BY user_id, word`
      : sql``;
  // Top users first (grouping by user only is much cheaper than by user and word), then their words.
  const rows = await rowsOf<{ user_id: string; email: string; total: number; word: string; n: number }>(
    getDb(),
    sql`WITH hits AS (
          SELECT user_id, word, count AS n FROM moderation_daily_counts
          WHERE day >= ${firstWholeDay.toISOString()}::timestamptz ${userFilter(sql`user_id`)}
          ${partial}
        ), totals AS (
          SELECT user_id, sum(n)::int AS total FROM hits GROUP BY user_id HAVING sum(n) > 0 ORDER BY total DESC, user_id LIMIT ${limit}
        ), per_word AS (
          SELECT h.user_id, h.word, sum(h.n)::int AS n FROM hits h JOIN totals t ON t.user_id = h.user_id GROUP BY h.user_id, h.word
        )
        SELECT t.user_id, u.email, t.total, p.word, p.n
        FROM totals t JOIN users u ON u.id = t.user_id JOIN per_word p ON p.user_id = t.user_id
        WHERE p.n > 0
        ORDER BY t.total DESC, t.user_id, p.n DESC, p.word`,
  );
  const out: SummaryRow[] = [];
  for (const row of rows) {
    let last = out[out.length - 1];
    if (!last || last.user_id !== row.user_id) {
      last = { user_id: row.user_id, email: row.email, total: Number(row.total), logs: [] };
      out.push(last);
    }
    last.logs.push({ word: row.word, count: Number(row.n) });
  }
  return out;
}
