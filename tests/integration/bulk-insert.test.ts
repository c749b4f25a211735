import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, transaction } from "@/db/client";
import { auditEntries, profiles, todos } from "@/db/schema";
import { profileModel } from "@/features/users/model";
import { todoModel } from "@/features/todos/model";
import { ValidationError } from "@/lib/errors";
import { createRows, type Changes } from "@/lib/write-path";
import { makeUser, testActor } from "../factories";

describe("createRows (one JSON parameter per statement)", () => {
  it("returns the rows in the order given, with database defaults, and audits each", async () => {
    const user = await makeUser();
    const due = new Date("2099-03-04T05:06:07.089Z");
    const rows = await transaction((tx) =>
      createRows(
        tx,
        todoModel,
        [
          { ownerId: user.id, title: "first 'quoted' \"text\" é", dueOn: due },
          { ownerId: user.id, title: "second", dueOn: null },
        ],
        testActor,
        { extraChanges: (i): Changes => (i === 0 ? { tags: [[], ["x"]] } : {}) },
      ),
    );
    expect(rows.map((r) => r.title)).toEqual(["first 'quoted' \"text\" é", "second"]);
    expect(rows[0]).toMatchObject({ status: "pending", priority: "normal", description: "", dueOn: due });
    expect(rows[0]!.createdAt).toBeInstanceOf(Date);
    const [audit] = await getDb().select().from(auditEntries).where(eq(auditEntries.rowId, rows[0]!.id));
    expect(audit!.changes).toMatchObject({ title: [null, rows[0]!.title], due_on: [null, due.toISOString()], tags: [[], ["x"]] });
  });

  it("falls back to a plain insert when a column is given in some rows only", async () => {
    const user = await makeUser();
    const rows = await transaction((tx) =>
      createRows(tx, todoModel, [{ ownerId: user.id, title: "a", description: "has one" }, { ownerId: user.id, title: "b" }], testActor),
    );
    expect(rows.map((r) => r.description)).toEqual(["has one", ""]);
  });

  it("maps a violated CHECK to a field error and writes nothing", async () => {
    const user = await makeUser();
    const error = await transaction((tx) => createRows(tx, todoModel, [{ ownerId: user.id, title: "ok" }, { ownerId: user.id, title: "   " }], testActor)).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ title: ["Title must not be empty."] });
    expect(await getDb().select().from(todos).where(eq(todos.ownerId, user.id))).toHaveLength(0);
  });

  it("sends array and JSON columns as they are", async () => {
    const users = await Promise.all([makeUser(), makeUser()]);
    await getDb().delete(profiles).where(inArray(profiles.userId, users.map((u) => u.id)));
    const rows = await transaction((tx) =>
      createRows(
        tx,
        profileModel,
        users.map((u, i) => ({ userId: u.id, links: i ? [] : ["https://a.example", "https://b.example/{x}"], bio: "say \"hi\"" })),
        testActor,
      ),
    );
    expect(rows.map((r) => r.links)).toEqual([["https://a.example", "https://b.example/{x}"], []]);
    expect(rows[0]!.bio).toBe('say "hi"');
  });
});
