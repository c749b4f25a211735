/**
 * The recurring-todo spawn job (SPEC §5). One pass: for every series whose latest live
 * instance is due, create the next instance, due at the rule's next occurrence after now
 * (missed occurrences are not back-filled one by one).
 *
 * What drives a series (docs/decisions/0005-job-engine.md):
 * - its latest live (not soft-deleted) instance with a due date, completed or not: that
 *   instance's title, description, priority, tags and rule are copied, and its due date
 *   anchors the rule (so editing the latest instance's rule or time carries forward);
 * - deleting every instance, or clearing the rule on the latest one, ends the series;
 *   deleting one instance only skips it (a later one is still created);
 * - COUNT counts every instance the series ever had, deleted ones included; UNTIL ends it;
 * - the owner being banned or deactivated pauses it (resumes with the next occurrence);
 * - copies are not scanned by moderation again (see insertInstance).
 * Each series is spawned in its own savepoint under an advisory lock, and the unique
 * index todos_series_due_key makes a duplicate impossible even across instances and runs.
 */
import { and, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { getDb, getHandle, rowsOf, type Db, type Tx } from "@/db/client";
import { PG, pgError } from "@/db/errors";
import { profiles, todos, users } from "@/db/schema";
import { linkTags, resolveTags, sortNames, tagNamesByTodo } from "@/features/tags/data";
import { ValidationError } from "@/lib/errors";
import { defineJob } from "@/lib/jobs/define";
import { log } from "@/lib/log";
import { nextOccurrenceAfter, parseRule, RecurrenceRuleError } from "@/lib/recurrence";
import { createRow, type Actor } from "@/lib/write-path";
import { env } from "@/env";
import { checkDraft, type TodoDraft } from "./data";
import { todoModel } from "./model";

export const SPAWN_JOB = "todos.spawn-recurring";
const jobActor: Actor = { userId: null, source: "job" };
const PAGE = 500;

export type SeriesOutcome = "created" | "exists" | "not-due" | "ended" | "paused" | "invalid-rule" | "failed";

export interface RecurrencePassResult {
  examined: number;
  created: { seriesId: string; todoId: string; dueOn: Date }[];
  outcomes: Partial<Record<SeriesOutcome, number>>;
  failures: { seriesId: string; error: string }[];
}

export interface RecurrencePassOptions {
  /** The clock (tests inject it). */
  now?: Date;
  /** The database (tests run several runners on separate connections). */
  db?: Db;
  /**
   * Series per transaction. Default 50 on PostgreSQL; 5 on PGlite, whose one connection
   * serves the app's requests too and waits while a transaction is open.
   */
  batchSize?: number;
}

/** Series whose latest live instance is due, in pages of (due_on, series_id). */
async function dueSeries(db: Db, now: Date, after: { dueOn: Date; seriesId: string } | null) {
  return rowsOf<{ series_id: string; due_on: Date | string }>(
    db,
    sql`SELECT series_id, due_on FROM (
          SELECT DISTINCT ON (series_id) series_id, due_on, recurrence
          FROM ${todos}
          WHERE series_id IS NOT NULL AND deleted_at IS NULL AND due_on IS NOT NULL
          ORDER BY series_id, due_on DESC
        ) latest
        WHERE recurrence IS NOT NULL AND due_on <= ${now.toISOString()}::timestamptz
          ${after ? sql`AND (due_on, series_id) > (${after.dueOn.toISOString()}::timestamptz, ${after.seriesId}::uuid)` : sql``}
        ORDER BY due_on, series_id
        LIMIT ${PAGE}`,
  );
}

function isSeriesConflict(err: unknown): boolean {
  if (err instanceof ValidationError) return Boolean(err.fields?.due_on?.some((m) => m.includes("already has an instance")));
  const info = pgError(err);
  return info?.code === PG.uniqueViolation && info.constraint === "todos_series_due_key";
}

/**
 * The new instance, through the write path (audit entry and event, source `job`) and the
 * SPEC §3 rules like every other path, but without the moderation scan: its text is a copy
 * of what the owner saved, which was scanned then. Scanning each copy would give the owner a
 * strike per occurrence (a daily todo with one listed word: banned in 15 days) from a job.
 */
async function insertInstance(tx: Tx, ownerId: string, draft: TodoDraft, now: Date): Promise<{ id: string }> {
  const { times, errors } = checkDraft(draft, now);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const id = uuidv7();
  const tagsByName = await resolveTags(tx, ownerId, draft.tags, jobActor);
  const tagNames = sortNames([...tagsByName.values()].map((t) => t.name));
  await createRow(
    tx,
    todoModel,
    { id, ownerId, title: draft.title.trim(), description: draft.description, priority: draft.priority, ...times, recurrence: draft.recurrence, seriesId: draft.seriesId ?? id },
    jobActor,
    { extraChanges: tagNames.length > 0 ? { tags: [[], tagNames] } : {} },
  );
  await linkTags(tx, [...tagsByName.values()].map((t) => ({ todoId: id, tagId: t.id })));
  return { id };
}

async function spawnNext(tx: Tx, seriesId: string, now: Date, result: RecurrencePassResult): Promise<SeriesOutcome> {
  // Runners on other connections wait here, then see the instance this one created.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`todos.series:${seriesId}`}))`);
  const [found] = await tx
    .select({ latest: todos, isActive: users.isActive, isBanned: users.isBanned, timezone: profiles.timezone })
    .from(todos)
    .innerJoin(users, eq(users.id, todos.ownerId))
    .leftJoin(profiles, eq(profiles.userId, todos.ownerId))
    .where(and(eq(todos.seriesId, seriesId), isNull(todos.deletedAt), isNotNull(todos.dueOn)))
    .orderBy(desc(todos.dueOn))
    .limit(1);
  const latest = found?.latest;
  const ruleText = latest?.recurrence;
  const latestDue = latest?.dueOn;
  if (!found || !latest || !ruleText || !latestDue) return "ended";
  if (latestDue > now) return "not-due";
  if (!found.isActive || found.isBanned) return "paused";

  let rule;
  try {
    rule = parseRule(ruleText);
  } catch (err) {
    if (err instanceof RecurrenceRuleError) return "invalid-rule";
    throw err;
  }
  if (rule.count !== undefined) {
    const [made] = await tx.select({ n: count() }).from(todos).where(eq(todos.seriesId, seriesId));
    if ((made?.n ?? 0) >= rule.count) return "ended";
  }
  // Anchored on the latest instance (itself an occurrence), so COUNT is checked above instead.
  const dueOn = nextOccurrenceAfter({ ...rule, count: undefined }, latestDue, now, found.timezone ?? "UTC");
  if (!dueOn) return "ended";
  const [existing] = await tx
    .select({ id: todos.id })
    .from(todos)
    .where(and(eq(todos.seriesId, seriesId), eq(todos.dueOn, dueOn)));
  if (existing) return "exists"; // e.g. that instance was created, then deleted: it stays skipped

  const tags = (await tagNamesByTodo(tx, [latest.id])).get(latest.id) ?? [];
  const draft: TodoDraft = {
    title: latest.title,
    description: latest.description,
    status: "pending",
    priority: latest.priority,
    dueOn,
    startedOn: null,
    completedOn: null,
    recurrence: ruleText,
    seriesId,
    tags,
  };
  const todo = await insertInstance(tx, latest.ownerId, draft, now);
  result.created.push({ seriesId, todoId: todo.id, dueOn });
  return "created";
}

/**
 * One pass over every due series. Series are handled `batchSize` to a transaction (one
 * commit per batch, not one per series), each in a savepoint of its own: a conflict or failure in one
 * series rolls back only that series, is logged, and does not stop the others.
 */
export async function runRecurrencePass(options: RecurrencePassOptions = {}): Promise<RecurrencePassResult> {
  const now = options.now ?? new Date();
  const db = options.db ?? getDb();
  const batch = options.batchSize ?? (getHandle().kind === "pglite" ? 5 : 50);
  const result: RecurrencePassResult = { examined: 0, created: [], outcomes: {}, failures: [] };
  let cursor: { dueOn: Date; seriesId: string } | null = null;
  for (;;) {
    const page = await dueSeries(db, now, cursor);
    for (let start = 0; start < page.length; start += batch) {
      const created = result.created.length;
      const outcomes: SeriesOutcome[] = [];
      const failures: RecurrencePassResult["failures"] = [];
      try {
        await db.transaction(async (tx) => {
          for (const row of page.slice(start, start + batch)) {
            try {
              outcomes.push(await tx.transaction((sp) => spawnNext(sp, row.series_id, now, result)));
            } catch (err) {
              if (isSeriesConflict(err)) outcomes.push("exists");
              else {
                outcomes.push("failed");
                failures.push({ seriesId: row.series_id, error: err instanceof Error ? err.message : String(err) });
              }
            }
          }
        });
      } catch (err) {
        result.created.length = created; // the batch did not commit
        throw err;
      }
      result.examined += outcomes.length;
      for (const outcome of outcomes) result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
      for (const failure of failures) log.error("recurring todo not spawned", failure);
      result.failures.push(...failures);
    }
    if (page.length < PAGE) break;
    const last = page[page.length - 1]!;
    cursor = { dueOn: new Date(last.due_on), seriesId: last.series_id };
  }
  return result;
}

export function summarizePass(r: RecurrencePassResult): string {
  const parts = Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`);
  return `${r.examined} due series examined${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

export const spawnRecurringTodosJob = defineJob({
  name: SPAWN_JOB,
  description: "create the next instance of every recurring todo whose latest instance is due",
  cron: () => env.JOBS_RECURRENCE_CRON,
  // At most one pass waiting, so a slow pass never piles up copies of itself. Not "stately":
  // a pass left "active" by a killed process would then hold back every later one until it
  // expires. Two passes at once are harmless (locks per series).
  policy: "short",
  retryLimit: 2,
  retryDelay: 10,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
  run: async (_data, ctx) => {
    const result = await runRecurrencePass({ now: ctx.now });
    if (result.created.length > 0) log.info("recurring todos created", { count: result.created.length });
    return summarizePass(result);
  },
});
