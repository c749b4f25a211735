import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, transaction } from "@/db/client";
import { pgError } from "@/db/errors";
import { auditEntries, events, profiles, todos } from "@/db/schema";
import { todoModel } from "@/features/todos/model";
import { ValidationError } from "@/lib/errors";
import { createRow, deleteRow, updateRow } from "@/lib/write-path";
import { makeUser, testActor } from "../factories";

async function historyOf(rowId: string) {
  const db = getDb();
  const audit = await db.select().from(auditEntries).where(eq(auditEntries.rowId, rowId)).orderBy(auditEntries.createdAt);
  const evts = await db.select().from(events).where(eq(events.rowId, rowId)).orderBy(events.createdAt);
  return { audit, events: evts };
}

async function makeTodo(ownerId: string, title = "Write the report") {
  return transaction(async (tx) => (await createRow(tx, todoModel, { ownerId, title }, testActor)).after);
}

describe("the write path", () => {
  it("creates a profile in the same transaction as every user", async () => {
    const user = await makeUser();
    const [profile] = await getDb().select().from(profiles).where(eq(profiles.userId, user.id));
    expect(profile?.timezone).toBe("UTC");
    const { audit, events: evts } = await historyOf(user.id);
    expect(audit.map((a) => a.action)).toEqual(["create"]);
    expect(evts.map((e) => e.type)).toEqual(["user.created"]);
    expect(audit[0]!.changes.password_hash).toEqual(["***", "***"]);
  });

  it("records exactly one audit entry and one event naming the changed fields on update", async () => {
    const user = await makeUser();
    const todo = await makeTodo(user.id);
    const completedOn = new Date();
    await transaction((tx) =>
      updateRow(tx, todoModel, todo.id, { status: "completed", completedOn }, { userId: user.id, source: "api", requestId: "req-1" }),
    );
    const { audit, events: evts } = await historyOf(todo.id);
    const updates = audit.filter((a) => a.action === "update");
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes).toEqual({ status: ["pending", "completed"], completed_on: [null, completedOn.toISOString()] });
    expect(updates[0]).toMatchObject({ actorId: user.id, source: "api", requestId: "req-1", tableName: "todos" });
    const updated = evts.filter((e) => e.type === "todo.updated");
    expect(updated).toHaveLength(1);
    expect(updated[0]!.payload.changes).toEqual(updates[0]!.changes);
    expect(updated[0]!.audienceUserId).toBe(user.id);
  });

  it("writes nothing for an update that changes nothing", async () => {
    const user = await makeUser();
    const todo = await makeTodo(user.id);
    const result = await transaction((tx) => updateRow(tx, todoModel, todo.id, { title: todo.title }, testActor));
    expect(result.changes).toEqual({});
    const { audit, events: evts } = await historyOf(todo.id);
    expect(audit).toHaveLength(1);
    expect(evts).toHaveLength(1);
  });

  it("leaves neither audit entry nor event when the transaction fails after the write", async () => {
    const user = await makeUser();
    const todo = await makeTodo(user.id);
    await expect(
      transaction(async (tx) => {
        await updateRow(tx, todoModel, todo.id, { title: "Changed" }, testActor);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const [row] = await getDb().select().from(todos).where(eq(todos.id, todo.id));
    expect(row?.title).toBe("Write the report");
    const { audit, events: evts } = await historyOf(todo.id);
    expect(audit.map((a) => a.action)).toEqual(["create"]);
    expect(evts.map((e) => e.type)).toEqual(["todo.created"]);
  });

  it("refuses started_on >= completed_on in the database itself (CHECK)", async () => {
    const user = await makeUser();
    const error = await getDb()
      .execute(
        sql`INSERT INTO todos (id, owner_id, title, status, started_on, completed_on)
            VALUES (gen_random_uuid(), ${user.id}, 'x', 'completed', now(), now() - interval '1 day')`,
      )
      .then(() => null, (err: unknown) => err);
    expect(pgError(error)).toMatchObject({ code: "23514", constraint: "todos_started_before_completed" });
  });

  it("turns the CHECK into a field error on completed_on through the write path, and writes nothing", async () => {
    const user = await makeUser();
    const todo = await makeTodo(user.id);
    const now = Date.now();
    const error = await transaction((tx) =>
      updateRow(tx, todoModel, todo.id, { status: "completed", startedOn: new Date(now), completedOn: new Date(now - 60_000) }, testActor),
    ).then(() => null, (err: unknown) => err);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ completed_on: ["Must be later than started_on."] });
    const { audit } = await historyOf(todo.id);
    expect(audit).toHaveLength(1);
  });

  it("refuses a second user with the same e-mail in any case, as a field error", async () => {
    await makeUser({ email: "Same@Example.com" });
    const error = await makeUser({ email: "same@example.COM" }).then(() => null, (err: unknown) => err);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields?.email?.[0]).toMatch(/already exists/);
  });

  it("records a delete with the row's last values", async () => {
    const user = await makeUser();
    const todo = await makeTodo(user.id, "Throw away");
    await transaction((tx) => deleteRow(tx, todoModel, todo.id, testActor));
    const { audit, events: evts } = await historyOf(todo.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "delete"]);
    expect(audit[1]!.changes.title).toEqual(["Throw away", null]);
    expect(evts.map((e) => e.type)).toEqual(["todo.created", "todo.deleted"]);
    const left = await getDb().select().from(todos).where(and(eq(todos.id, todo.id)));
    expect(left).toHaveLength(0);
  });
});
