import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, getHandle, openDatabase, transaction, type DbHandle } from "@/db/client";
import { auditEntries, moderationLogs, profiles, todos, type Todo } from "@/db/schema";
import { createTodoForOwner, deleteTodo, updateTodo } from "@/features/todos/data";
import { runRecurrencePass } from "@/features/todos/recurrence-job";
import { createBannedWord } from "@/features/moderation/words";
import { tagNamesByTodo } from "@/features/tags/data";
import { ValidationError } from "@/lib/errors";
import { makeUser, makeViewer, testActor } from "../factories";

const at = (s: string) => new Date(s);

async function recurringTodo(opts: { tz?: string; rule?: string; dueOn: string; title?: string; tags?: string[] }) {
  const user = await makeUser();
  await getDb().update(profiles).set({ timezone: opts.tz ?? "Europe/Paris" }).where(eq(profiles.userId, user.id));
  const dueOn = at(opts.dueOn);
  const first = await transaction((tx) =>
    createTodoForOwner(
      tx,
      user.id,
      {
        title: opts.title ?? "Water the plants",
        description: "The ones on the balcony",
        status: "pending",
        priority: "high",
        dueOn,
        startedOn: null,
        completedOn: null,
        recurrence: opts.rule ?? "FREQ=DAILY",
        tags: opts.tags ?? ["home", "garden"],
      },
      testActor,
      { now: new Date(dueOn.getTime() - 86_400_000) },
    ),
  );
  return { user, first };
}

async function series(seriesId: string): Promise<Todo[]> {
  return getDb().select().from(todos).where(eq(todos.seriesId, seriesId)).orderBy(asc(todos.dueOn));
}

describe("the recurring-todo spawn job", () => {
  it("creates exactly one next instance, due at the next occurrence in the owner's zone, across a DST change", async () => {
    const { user, first } = await recurringTodo({ dueOn: "2026-03-28T08:00:00Z" }); // Saturday 09:00 CET
    expect(first.series_id).toBe(first.id);
    const result = await runRecurrencePass({ now: at("2026-03-28T10:00:00Z") });
    expect(result.created.filter((c) => c.seriesId === first.id)).toHaveLength(1);
    const rows = await series(first.id);
    expect(rows.map((r) => r.dueOn?.toISOString())).toEqual(["2026-03-28T08:00:00.000Z", "2026-03-29T07:00:00.000Z"]); // 09:00 CEST
    const next = rows[1]!;
    expect(next).toMatchObject({
      title: "Water the plants",
      description: "The ones on the balcony",
      priority: "high",
      status: "pending",
      recurrence: "FREQ=DAILY",
      seriesId: first.id,
      ownerId: user.id,
      completedOn: null,
      startedOn: null,
    });
    expect((await tagNamesByTodo(getDb(), [next.id])).get(next.id)).toEqual(["garden", "home"]);
    const [audit] = await getDb().select().from(auditEntries).where(and(eq(auditEntries.rowId, next.id), eq(auditEntries.action, "create")));
    expect(audit).toMatchObject({ source: "job", actorId: null });
  });

  it("creates nothing more when the pass runs again", async () => {
    const { first } = await recurringTodo({ dueOn: "2026-05-04T07:00:00Z" });
    await runRecurrencePass({ now: at("2026-05-04T08:00:00Z") });
    const again = await runRecurrencePass({ now: at("2026-05-04T08:00:00Z") });
    const later = await runRecurrencePass({ now: at("2026-05-05T06:59:00Z") });
    expect([...again.created, ...later.created].filter((c) => c.seriesId === first.id)).toEqual([]);
    expect(await series(first.id)).toHaveLength(2);
  });

  it("does not back-fill missed occurrences: one instance, at the next occurrence after now", async () => {
    const { first } = await recurringTodo({ dueOn: "2026-02-02T08:00:00Z", rule: "FREQ=WEEKLY;BYDAY=MO,TH" });
    await runRecurrencePass({ now: at("2026-03-10T12:00:00Z") }); // a Tuesday, five weeks later
    expect((await series(first.id)).map((r) => r.dueOn?.toISOString())).toEqual(["2026-02-02T08:00:00.000Z", "2026-03-12T08:00:00.000Z"]);
  });

  it("three runners started at once on separate connections create exactly one next instance", async () => {
    const { first } = await recurringTodo({ dueOn: "2026-06-01T07:00:00Z", rule: "FREQ=DAILY;BYHOUR=9" });
    const main = getHandle();
    // PostgreSQL: three connections of their own. PGlite has one connection: three runners on it.
    const handles: DbHandle[] = main.kind === "postgres" ? [0, 1, 2].map(() => openDatabase({ url: main.url, maxConnections: 1 })) : [];
    try {
      const dbs = handles.length ? handles.map((h) => h.db) : [main.db, main.db, main.db];
      const now = at("2026-06-01T08:00:00Z");
      const results = await Promise.all(dbs.map((db) => runRecurrencePass({ now, db })));
      const made = results.flatMap((r) => r.created.filter((c) => c.seriesId === first.id));
      expect(made).toHaveLength(1);
      expect(results.flatMap((r) => r.failures)).toEqual([]);
      expect((await series(first.id)).map((r) => r.dueOn?.toISOString())).toEqual(["2026-06-01T07:00:00.000Z", "2026-06-02T07:00:00.000Z"]);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
    }
  });

  it("leaves duplicates to the database too: a second instance with the same (series, due_on) is refused", async () => {
    const { user, first } = await recurringTodo({ dueOn: "2026-06-15T07:00:00Z" });
    const error = await transaction((tx) =>
      createTodoForOwner(
        tx,
        user.id,
        { title: "Copy", description: "", status: "pending", priority: "normal", dueOn: at("2026-06-15T07:00:00Z"), startedOn: null, completedOn: null, recurrence: "FREQ=DAILY", seriesId: first.id, tags: [] },
        testActor,
        { now: at("2026-06-01T00:00:00Z") },
      ),
    ).then(() => null, (err: unknown) => err);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields?.due_on?.[0]).toMatch(/already has an instance/);
  });

  it("completing one instance never changes another, and a completed latest instance still continues the series", async () => {
    const { user, first } = await recurringTodo({ dueOn: "2026-07-01T07:00:00Z" });
    await runRecurrencePass({ now: at("2026-07-01T08:00:00Z") });
    const [, second] = await series(first.id);
    await updateTodo(makeViewer(user), second!.id, { status: "completed" }, testActor, { now: at("2026-07-02T06:00:00Z") });
    const [firstAfter, secondAfter] = await series(first.id);
    expect(firstAfter).toMatchObject({ status: "pending", completedOn: null, updatedAt: new Date(first.updated_at) });
    expect(secondAfter).toMatchObject({ status: "completed" });
    await runRecurrencePass({ now: at("2026-07-02T08:00:00Z") });
    const rows = await series(first.id);
    expect(rows.map((r) => [r.dueOn?.toISOString(), r.status])).toEqual([
      ["2026-07-01T07:00:00.000Z", "pending"],
      ["2026-07-02T07:00:00.000Z", "completed"],
      ["2026-07-03T07:00:00.000Z", "pending"],
    ]);
  });

  it("ends the series when its instances are deleted; deleting only the latest skips it", async () => {
    const { user, first } = await recurringTodo({ dueOn: "2026-08-03T07:00:00Z" });
    const viewer = makeViewer(user);
    await runRecurrencePass({ now: at("2026-08-03T08:00:00Z") }); // creates 08-04
    const [, second] = await series(first.id);
    await deleteTodo(viewer, second!.id, testActor);
    // The first (past) instance drives again, but the next occurrence (08-04) was deleted: skipped.
    const skipped = await runRecurrencePass({ now: at("2026-08-03T09:00:00Z") });
    expect(skipped.created.filter((c) => c.seriesId === first.id)).toEqual([]);
    const resumed = await runRecurrencePass({ now: at("2026-08-04T08:00:00Z") });
    expect(resumed.created.filter((c) => c.seriesId === first.id).map((c) => c.dueOn.toISOString())).toEqual(["2026-08-05T07:00:00.000Z"]);
    for (const row of await series(first.id)) if (!row.deletedAt) await deleteTodo(viewer, row.id, testActor);
    const ended = await runRecurrencePass({ now: at("2026-08-09T08:00:00Z") });
    expect(ended.created.filter((c) => c.seriesId === first.id)).toEqual([]);
  });

  it("does not scan spawned copies again: no new moderation log, no strike from a job", async () => {
    const admin = await makeUser({ role: "admin" });
    await createBannedWord(makeViewer(admin), { word: "darn", action: "log" }, testActor);
    const { user, first } = await recurringTodo({ dueOn: "2026-10-05T07:00:00Z", title: "Fix the darn gate" });
    const logs = () => getDb().select().from(moderationLogs).where(eq(moderationLogs.userId, user.id));
    const before = await logs();
    expect(before).toHaveLength(1); // the owner's own save was scanned
    const pass = await runRecurrencePass({ now: at("2026-10-05T08:00:00Z") });
    expect(pass.created.filter((c) => c.seriesId === first.id)).toHaveLength(1);
    expect(await logs()).toHaveLength(before.length);
  });

  it("honours COUNT, and a broken series does not stop the others", async () => {
    const { first } = await recurringTodo({ dueOn: "2026-09-01T07:00:00Z", rule: "FREQ=DAILY;COUNT=2" });
    const { first: broken } = await recurringTodo({ dueOn: "2026-09-01T07:00:00Z" });
    await getDb().update(todos).set({ recurrence: "FREQ=SECONDLY" }).where(eq(todos.id, broken.id));
    const pass = await runRecurrencePass({ now: at("2026-09-01T08:00:00Z") });
    expect(pass.created.filter((c) => c.seriesId === first.id)).toHaveLength(1);
    expect(pass.created.filter((c) => c.seriesId === broken.id)).toHaveLength(0);
    expect(pass.outcomes["invalid-rule"]).toBeGreaterThanOrEqual(1);
    await runRecurrencePass({ now: at("2026-09-02T08:00:00Z") });
    expect(await series(first.id)).toHaveLength(2);
  });
});
