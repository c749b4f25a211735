import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moderationLogs, todos } from "@/db/schema";
import { createBannedWord } from "@/features/moderation/words";
import { createTodos } from "@/features/todos/bulk";
import { createTodo, updateTodo } from "@/features/todos/data";
import { ValidationError } from "@/lib/errors";
import { makeUser, makeViewer } from "../factories";

beforeAll(async () => {
  const admin = makeViewer(await makeUser({ role: "admin" }));
  const actor = { userId: admin.id, source: "admin" as const };
  await createBannedWord(admin, { word: "grumble", action: "log" }, actor);
  await createBannedWord(admin, { word: "forbidden", action: "block" }, actor);
});

async function setup() {
  const user = await makeUser();
  return { viewer: makeViewer(user), actor: { userId: user.id, source: "api" as const } };
}

const logsOf = (userId: string) => getDb().select().from(moderationLogs).where(eq(moderationLogs.userId, userId));

describe("moderation on the todo write paths", () => {
  it("logs a listed word on create and keeps the save", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "Just grumble", description: "more grumble" }, actor);
    const logs = await logsOf(viewer.id);
    expect(logs.length).toBeGreaterThanOrEqual(1);
    expect(logs[0]!.todoId).toBe(todo.id);
  });

  it("refuses a block word with a field error and writes no todo", async () => {
    const { viewer, actor } = await setup();
    const error = await createTodo(viewer, { title: "A forbidden thing" }, actor).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields!)).toEqual(["title"]);
    expect(await getDb().select().from(todos).where(eq(todos.ownerId, viewer.id))).toHaveLength(0);
  });

  it("scans an update only when the title or description changes", async () => {
    const { viewer, actor } = await setup();
    const todo = await createTodo(viewer, { title: "grumble at the kettle" }, actor);
    const before = (await logsOf(viewer.id)).length;
    await updateTodo(viewer, todo.id, { priority: "high" }, actor);
    expect((await logsOf(viewer.id)).length).toBe(before);
    await updateTodo(viewer, todo.id, { description: "grumble again" }, actor);
    expect((await logsOf(viewer.id)).length).toBeGreaterThan(before);
  });

  it("keys a bulk row's block by its index and writes nothing", async () => {
    const { viewer, actor } = await setup();
    const error = await createTodos(viewer, { todos: [{ title: "fine" }, { title: "fine too" }, { title: "so forbidden" }] }, actor).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields!)).toEqual(["2.title"]);
    expect(await getDb().select().from(todos).where(eq(todos.ownerId, viewer.id))).toHaveLength(0);
  });
});
