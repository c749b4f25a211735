import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEntries, events, profiles, todos } from "@/db/schema";
import { createTodo, deleteTodo, getTodo, getTodoHistory, updateTodo } from "@/features/todos/data";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/write-path";
import { makeUser, makeViewer } from "../factories";

const NOW = new Date("2026-11-24T18:02:00Z");
const LATER = new Date("2026-11-25T09:00:00Z");
const actorOf = (id: string): Actor => ({ userId: id, source: "page" });

async function setup() {
  const user = await makeUser();
  const viewer = makeViewer(user);
  return { user, viewer, actor: actorOf(user.id) };
}

async function errorOf(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(() => null, (err: unknown) => err);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("todo rules (SPEC §3) in the DAL", () => {
  it("trims the title and refuses an empty one with a field message", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "  Buy milk  " }, actor, { now: NOW });
    expect(todo.title).toBe("Buy milk");
    const error = await errorOf(createTodo(viewer, { title: "   " }, actor, { now: NOW }));
    expect(error.fields).toEqual({ title: ["Title must not be empty."] });
    const long = await errorOf(createTodo(viewer, { title: "x".repeat(201) }, actor));
    expect(Object.keys(long.fields!)).toEqual(["title"]);
  });

  it("refuses a description over 10,000 characters", async () => {
    const { viewer, actor } = await setup();
    const error = await errorOf(createTodo(viewer, { title: "Long", description: "d".repeat(10_001) }, actor));
    expect(Object.keys(error.fields!)).toEqual(["description"]);
    await expect(createTodo(viewer, { title: "Long", description: "d".repeat(10_000) }, actor)).resolves.toBeTruthy();
  });

  it("requires a due date that is set to be in the future", async () => {
    const { viewer, actor } = await setup();
    const error = await errorOf(createTodo(viewer, { title: "Late", due_on: "2026-11-24T18:00:00Z" }, actor, { now: NOW }));
    expect(error.fields).toEqual({ due_on: ["The due date must be in the future."] });
    const todo = await createTodo(viewer, { title: "Soon", due_on: "2026-11-25T09:00:00Z" }, actor, { now: NOW });
    expect(todo.due_on).toBe("2026-11-25T09:00:00.000Z");
  });

  it("requires a changed due date to be in the future, but lets other fields change once it has passed", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "Soon", due_on: "2026-11-25T09:00:00Z" }, actor, { now: NOW });
    const afterDue = new Date("2026-11-26T00:00:00Z");
    const renamed = await updateTodo(viewer, todo.id, { title: "Renamed", due_on: "2026-11-25T09:00:00Z" }, actor, { now: afterDue });
    expect(renamed.title).toBe("Renamed");
    const error = await errorOf(updateTodo(viewer, todo.id, { due_on: "2026-11-25T12:00:00Z" }, actor, { now: afterDue }));
    expect(error.fields).toEqual({ due_on: ["The due date must be in the future."] });
    const cleared = await updateTodo(viewer, todo.id, { due_on: null }, actor, { now: afterDue });
    expect(cleared.due_on).toBeNull();
  });

  it("reads a bare date as midnight in the owner's timezone", async () => {
    const { user, viewer, actor } = await setup();
    await getDb().update(profiles).set({ timezone: "Europe/Paris" }).where(eq(profiles.userId, user.id));
    const todo = await createTodo(viewer, { title: "Paris", due_on: "2026-12-01" }, actor, { now: NOW });
    expect(todo.due_on).toBe("2026-11-30T23:00:00.000Z");
    const summer = await createTodo(viewer, { title: "Paris summer", due_on: "2027-07-01T09:30" }, actor, { now: NOW });
    expect(summer.due_on).toBe("2027-07-01T07:30:00.000Z");
  });

  it("sets started_on when a todo moves to in_progress and completed_on when it is completed", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "Work" }, actor, { now: NOW });
    expect(todo).toMatchObject({ status: "pending", started_on: null, completed_on: null });
    const started = await updateTodo(viewer, todo.id, { status: "in_progress" }, actor, { now: NOW });
    expect(started.started_on).toBe(NOW.toISOString());
    const done = await updateTodo(viewer, todo.id, { status: "completed" }, actor, { now: LATER });
    expect(done).toMatchObject({ started_on: NOW.toISOString(), completed_on: LATER.toISOString() });
  });

  it("keeps a given started_on and completed_on instead of now", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(
      viewer,
      { title: "Backfilled", status: "completed", started_on: "2026-11-01T10:00:00Z", completed_on: "2026-11-02T10:00:00Z" },
      actor,
      { now: NOW },
    );
    expect(todo).toMatchObject({ started_on: "2026-11-01T10:00:00.000Z", completed_on: "2026-11-02T10:00:00.000Z" });
  });

  it("clears completed_on when a todo leaves completed, and refuses completed_on on a todo that is not completed", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "Again", status: "completed" }, actor, { now: NOW });
    expect(todo.completed_on).toBe(NOW.toISOString());
    const reopened = await updateTodo(viewer, todo.id, { status: "pending" }, actor, { now: LATER });
    expect(reopened).toMatchObject({ status: "pending", completed_on: null });
    const error = await errorOf(updateTodo(viewer, todo.id, { completed_on: "2026-11-20T10:00:00Z" }, actor, { now: LATER }));
    expect(Object.keys(error.fields!)).toEqual(["completed_on"]);
    const pendingWithDate = await errorOf(createTodo(viewer, { title: "x", completed_on: "2026-11-20T10:00:00Z" }, actor, { now: NOW }));
    expect(Object.keys(pendingWithDate.fields!)).toEqual(["completed_on"]);
  });

  it("requires started_on < completed_on", async () => {
    const { viewer, actor } = await setup();
    const error = await errorOf(
      createTodo(viewer, { title: "Odd", status: "completed", started_on: "2026-11-02T10:00:00Z", completed_on: "2026-11-02T10:00:00Z" }, actor, { now: NOW }),
    );
    expect(error.fields).toEqual({ completed_on: ["Must be later than started_on."] });
    const todo = await createTodo(viewer, { title: "Started", status: "in_progress" }, actor, { now: NOW });
    const later = await errorOf(updateTodo(viewer, todo.id, { status: "completed", completed_on: "2026-11-01T00:00:00Z" }, actor, { now: LATER }));
    expect(later.fields).toEqual({ completed_on: ["Must be later than started_on."] });
  });

  it("reports several field errors at once and writes nothing", async () => {
    const { viewer, actor } = await setup();
    const error = await errorOf(createTodo(viewer, { title: "", priority: "whenever" as never, due_on: "tomorrow" }, actor));
    expect(Object.keys(error.fields!).sort()).toEqual(["due_on", "priority", "title"]);
    const rows = await getDb().select().from(todos).where(eq(todos.ownerId, viewer.id));
    expect(rows).toHaveLength(0);
  });

  it("records what changed in the audit entry and the event (status pending → completed)", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "Track me", tags: ["home"] }, actor, { now: NOW });
    await updateTodo(viewer, todo.id, { status: "completed", tags: ["home", "Work"] }, actor, { now: LATER });
    const history = await getTodoHistory(viewer, todo.id);
    expect(history.map((h) => h.action)).toEqual(["create", "update"]);
    expect(history[0]!.changes.tags).toEqual([[], ["home"]]);
    expect(history[1]!.changes).toEqual({
      status: ["pending", "completed"],
      completed_on: [null, LATER.toISOString()],
      tags: [["home"], ["home", "Work"]],
    });
    const [event] = await getDb()
      .select()
      .from(events)
      .where(and(eq(events.rowId, todo.id), eq(events.type, "todo.updated")));
    expect(event!.payload.changes).toEqual(history[1]!.changes);
  });

  it("soft-deletes: the row stays, hidden from its owner, with a todo.deleted event", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "Bye" }, actor);
    await deleteTodo(viewer, todo.id, actor);
    await expect(getTodo(viewer, todo.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTodo(viewer, todo.id, { title: "Back" }, actor)).rejects.toBeInstanceOf(NotFoundError);
    const [row] = await getDb().select().from(todos).where(eq(todos.id, todo.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
    const types = (await getDb().select().from(events).where(eq(events.rowId, todo.id))).map((e) => e.type);
    expect(types).toEqual(["todo.created", "todo.deleted"]);
    const audit = await getDb().select().from(auditEntries).where(eq(auditEntries.rowId, todo.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "delete"]);
  });

  it("answers NotFound for another user's todo and for a malformed id, never Forbidden", async () => {
    const { viewer, actor } = await setup();
    const other = await setup();
    const todo = await createTodo(viewer, { title: "Mine" }, actor);
    await expect(getTodo(other.viewer, todo.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTodo(other.viewer, todo.id, { title: "Theirs" }, other.actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteTodo(other.viewer, todo.id, other.actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTodoHistory(other.viewer, todo.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTodo(viewer, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect((await getTodo(viewer, todo.id)).title).toBe("Mine");
  });

  it("creates tags on the fly, once per owner whatever the case", async () => {
    const { viewer, actor } = await setup();
    const a = await createTodo(viewer, { title: "A", tags: ["Home", "home", " errands "] }, actor);
    expect(a.tags).toEqual(["errands", "Home"]);
    const b = await createTodo(viewer, { title: "B", tags: ["HOME"] }, actor);
    expect(b.tags).toEqual(["Home"]);
    const other = await setup();
    const c = await createTodo(other.viewer, { title: "C", tags: ["home"] }, other.actor);
    expect(c.tags).toEqual(["home"]);
    const cleared = await updateTodo(viewer, a.id, { tags: [] }, actor);
    expect(cleared.tags).toEqual([]);
  });

  it("gives a recurring todo its own id as series and stores the rule", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "Weekly", recurrence: "FREQ=WEEKLY;BYDAY=MO", due_on: "2026-11-30T09:00:00Z" }, actor, { now: NOW });
    expect(todo).toMatchObject({ recurrence: "FREQ=WEEKLY;BYDAY=MO", series_id: todo.id });
  });
});

describe("recurrence on the todo write path", () => {
  it("stores the rule in canonical form and refuses an absurd one with a field error", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "Weekly", recurrence: "freq=weekly;byday=mo", due_on: "2026-11-30T09:00:00Z" }, actor, { now: NOW });
    expect(todo.recurrence).toMatch(/^FREQ=WEEKLY;BYDAY=MO$/);
    const absurd = await errorOf(createTodo(viewer, { title: "Every second", recurrence: "FREQ=SECONDLY", due_on: "2026-11-30T09:00:00Z" }, actor, { now: NOW }));
    expect(Object.keys(absurd.fields!)).toEqual(["recurrence"]);
  });

  it("needs a due date for a repeating todo", async () => {
    const { viewer, actor } = await setup();
    const error = await errorOf(createTodo(viewer, { title: "Daily", recurrence: "FREQ=DAILY" }, actor, { now: NOW }));
    expect(Object.keys(error.fields!)).toEqual(["due_on"]);
    const todo = await createTodo(viewer, { title: "Daily", recurrence: "FREQ=DAILY", due_on: "2026-11-25T08:00:00Z" }, actor, { now: NOW });
    const cleared = await errorOf(updateTodo(viewer, todo.id, { due_on: null }, actor, { now: NOW }));
    expect(Object.keys(cleared.fields!)).toEqual(["due_on"]);
    const stopped = await updateTodo(viewer, todo.id, { recurrence: null, due_on: null }, actor, { now: NOW });
    expect(stopped).toMatchObject({ recurrence: null, due_on: null, series_id: todo.id });
  });
});
