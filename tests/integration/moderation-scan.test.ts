import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, transaction } from "@/db/client";
import { auditEntries, todos } from "@/db/schema";
import { bannedWordModel, moderationLogModel } from "@/features/moderation/model";
import { ModerationBlockedError } from "@/features/moderation/scan";
import { createTodo, updateTodo } from "@/features/todos/data";
import { createTodos } from "@/features/todos/bulk";
import { applyUnban } from "@/features/users/bans";
import { env } from "@/env";
import { createRows, updateRow } from "@/lib/write-path";
import { testActor } from "../factories";
import { countersOf, eventsOf, freshWord, listWord, liveSession, logsOf, member, sessionRow, userRow } from "./moderation-helpers";

describe("the moderation hook on todo saves", () => {
  it("writes one log per distinct listed word per save, with the word as listed, the original text and the field", async () => {
    const a = freshWord();
    const b = freshWord();
    await listWord(a);
    await listWord(b, { mode: "substring" });
    const { user, viewer, actor } = await member();
    const todo = await createTodo(viewer, { title: `${a.toUpperCase()} and ${a}`, description: `pre${b}post and ${a.replace("q", " q ")}` }, actor);
    const logs = await logsOf(user.id);
    expect(logs.map((l) => [l.word, l.matchedText, l.field, l.todoId, l.action])).toEqual([
      [a, a.toUpperCase(), "title", todo.id, "log"],
      [b, b, "description", todo.id, "log"],
    ]);
    const counters = await countersOf(user.id);
    expect(counters.map((c) => [c.word, c.count]).sort()).toEqual([
      [a, 1],
      [b, 1],
    ].sort());
    expect(await eventsOf(logs[0]!.id, "moderation.hit")).toHaveLength(1);
  });

  it("catches evasions and spares innocent words in whole-word mode", async () => {
    await listWord("scunt");
    const { user, viewer, actor } = await member();
    await createTodo(viewer, { title: "Trip to Scunthorpe", description: "an assessment of s.c.u.n.t." }, actor);
    const logs = await logsOf(user.id);
    expect(logs.map((l) => [l.word, l.matchedText])).toEqual([["scunt", "s.c.u.n.t"]]);
  });

  it("scans an update only when the title or description changes", async () => {
    const word = freshWord();
    await listWord(word);
    const { user, viewer, actor } = await member();
    const todo = await createTodo(viewer, { title: "clean" }, actor);
    await updateTodo(viewer, todo.id, { priority: "high" }, actor);
    expect(await logsOf(user.id)).toHaveLength(0);
    await updateTodo(viewer, todo.id, { description: `now ${word}` }, actor);
    await updateTodo(viewer, todo.id, { priority: "low" }, actor);
    const logs = await logsOf(user.id);
    expect(logs.map((l) => [l.field, l.todoId])).toEqual([["description", todo.id]]);
  });

  it("refuses a block word with a 422 field error, saves nothing, and still logs the attempt", async () => {
    const word = freshWord();
    await listWord(word, { action: "block" });
    const { user, viewer, actor } = await member();
    const error = await createTodo(viewer, { title: `my ${word.toUpperCase()} plan` }, actor).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ModerationBlockedError);
    expect((error as ModerationBlockedError).status).toBe(422);
    expect((error as ModerationBlockedError).fields).toEqual({ title: [`"${word.toUpperCase()}" is not allowed here.`] });
    const saved = await getDb().select().from(todos).where(eq(todos.ownerId, user.id));
    expect(saved).toHaveLength(0);
    const logs = await logsOf(user.id);
    expect(logs.map((l) => [l.todoId, l.action, l.word, l.field])).toEqual([[null, "block", word, "title"]]);
    expect((await countersOf(user.id)).map((c) => c.count)).toEqual([1]);
  });

  it("keys a refusal in a bulk create by the row index when the caller gives one", async () => {
    const word = freshWord();
    await listWord(word, { action: "block" });
    const { user, viewer, actor } = await member();
    const error = await createTodos(viewer, { todos: [{ title: "fine" }, { title: "ok", description: word }] }, actor).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ModerationBlockedError);
    expect(await getDb().select().from(todos).where(eq(todos.ownerId, user.id))).toHaveLength(0);
    expect((await logsOf(user.id)).map((l) => l.action)).toEqual(["block"]);
  });

  it("sees list changes at once: a new word, a deactivated word", async () => {
    const word = freshWord();
    const { user, viewer, actor } = await member();
    await createTodo(viewer, { title: word }, actor);
    expect(await logsOf(user.id)).toHaveLength(0);
    const listed = await listWord(word);
    await createTodo(viewer, { title: word }, actor);
    expect(await logsOf(user.id)).toHaveLength(1);
    await transaction((tx) => updateRow(tx, bannedWordModel, listed.id, { isActive: false }, testActor));
    await createTodo(viewer, { title: word }, actor);
    expect(await logsOf(user.id)).toHaveLength(1);
  });
});

describe("the automatic ban", () => {
  it(`bans at the threshold, once, ending sessions and tokens, with an event and an audit entry`, async () => {
    const threshold = env.MODERATION_BAN_THRESHOLD;
    const word = freshWord();
    await listWord(word);
    const { user, viewer, actor } = await member();
    const session = await liveSession(user.id);
    for (let i = 0; i < threshold - 1; i++) await createTodo(viewer, { title: `${word} ${i}` }, actor);
    expect((await userRow(user.id)).isBanned).toBe(false);
    expect((await sessionRow(session.id)).revokedAt).toBeNull();
    await createTodo(viewer, { title: `${word} last` }, actor);
    const banned = await userRow(user.id);
    expect(banned).toMatchObject({ isBanned: true, bannedById: null });
    expect(banned.banReason).toMatch(/Automatic ban/);
    expect((await sessionRow(session.id)).revokedAt).not.toBeNull();
    await createTodo(viewer, { title: `${word} after` }, actor);
    expect(await eventsOf(user.id, "user.banned")).toHaveLength(1);
    const audit = await getDb()
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.rowId, user.id), eq(auditEntries.tableName, "users"), eq(auditEntries.action, "update")));
    expect(audit.map((a) => a.changes.is_banned)).toEqual([[false, true]]);
    expect(await logsOf(user.id)).toHaveLength(threshold + 1);
  });

  it("counts a refused block attempt as a strike", async () => {
    const threshold = env.MODERATION_BAN_THRESHOLD;
    const logWord = freshWord();
    const blockWord = freshWord();
    await listWord(logWord);
    await listWord(blockWord, { action: "block" });
    const { user, viewer, actor } = await member();
    for (let i = 0; i < threshold - 1; i++) await createTodo(viewer, { title: `${logWord} ${i}` }, actor);
    await expect(createTodo(viewer, { title: blockWord }, actor)).rejects.toBeInstanceOf(ModerationBlockedError);
    expect((await userRow(user.id)).isBanned).toBe(true);
  });

  it("after an unban, a new hit does not re-ban until the threshold is reached again", async () => {
    const threshold = env.MODERATION_BAN_THRESHOLD;
    const word = freshWord();
    await listWord(word);
    const { user, viewer, actor } = await member();
    for (let i = 0; i < threshold; i++) await createTodo(viewer, { title: `${word} ${i}` }, actor);
    expect((await userRow(user.id)).isBanned).toBe(true);
    const bannedRow = await userRow(user.id);
    await transaction((tx) => applyUnban(tx, bannedRow, testActor));
    await createTodo(viewer, { title: `${word} again` }, actor);
    expect((await userRow(user.id)).isBanned).toBe(false);
    for (let i = 0; i < threshold - 2; i++) await createTodo(viewer, { title: `${word} more ${i}` }, actor);
    expect((await userRow(user.id)).isBanned).toBe(false);
    await createTodo(viewer, { title: `${word} final` }, actor);
    expect((await userRow(user.id)).isBanned).toBe(true);
    expect(await eventsOf(user.id, "user.banned")).toHaveLength(2);
    expect(await eventsOf(user.id, "user.unbanned")).toHaveLength(1);
  });
});

describe("the strike window", () => {
  it("does not count logs older than MODERATION_STRIKE_WINDOW", async () => {
    const threshold = env.MODERATION_BAN_THRESHOLD;
    const word = freshWord();
    const listed = await listWord(word);
    const { user, viewer, actor } = await member();
    const old = new Date(Date.now() - 3 * 86_400_000);
    await transaction((tx) =>
      createRows(
        tx,
        moderationLogModel,
        Array.from({ length: threshold - 1 }, () => ({ userId: user.id, bannedWordId: listed.id, word, matchedText: word, field: "title" as const, createdAt: old })),
        testActor,
      ),
    );
    const saved = env.MODERATION_STRIKE_WINDOW;
    env.MODERATION_STRIKE_WINDOW = "1d";
    try {
      await createTodo(viewer, { title: word }, actor);
      expect((await userRow(user.id)).isBanned).toBe(false);
    } finally {
      env.MODERATION_STRIKE_WINDOW = saved;
    }
    await createTodo(viewer, { title: `${word} again` }, actor);
    expect((await userRow(user.id)).isBanned).toBe(true);
  });
});
