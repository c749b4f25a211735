import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { transaction } from "@/db/client";
import { getDashboard } from "@/features/admin/dashboard";
import { recordHits } from "@/features/moderation/strikes";
import { createBannedWord } from "@/features/moderation/words";
import { todoModel } from "@/features/todos/model";
import { ForbiddenError } from "@/lib/errors";
import { createRow } from "@/lib/write-path";
import { makeUser, makeViewer, testActor } from "../factories";

const hit = (wordId: string, word: string, matched: string) => ({ wordId, word, mode: "word" as const, action: "log" as const, field: "title" as const, matched, start: 0, end: matched.length });

describe("the admin home", () => {
  it("counts todos by status and overdue ones, and ranks words and offenders from the daily counters", async () => {
    const admin = makeViewer(await makeUser({ role: "admin" }));
    const before = await getDashboard(admin);
    const owner = await makeUser();
    const rude = await makeUser();
    const now = Date.now();
    await transaction(async (tx) => {
      await createRow(tx, todoModel, { ownerId: owner.id, title: "Late", dueOn: new Date(now - 86_400_000) }, testActor);
      await createRow(tx, todoModel, { ownerId: owner.id, title: "Done late", status: "completed", completedOn: new Date(now), dueOn: new Date(now - 86_400_000) }, testActor);
      await createRow(tx, todoModel, { ownerId: owner.id, title: "Gone", dueOn: new Date(now - 86_400_000), deletedAt: new Date(now) }, testActor);
    });
    const word = `zonk${randomUUID().slice(0, 4)}`;
    const listed = await createBannedWord(admin, { word }, testActor);
    await transaction((tx) => recordHits(tx, { userId: rude.id, todoId: null, hits: [hit(listed.id, word, word), hit(listed.id, word, word.toUpperCase())] }, testActor));

    const after = await getDashboard(admin);
    const status = (d: typeof after, s: string) => d.figures.todosByStatus.find((x) => x.status === s)!.count;
    expect(after.figures.users - before.figures.users).toBe(2);
    expect(status(after, "pending") - status(before, "pending")).toBe(1);
    expect(status(after, "completed") - status(before, "completed")).toBe(1);
    expect(after.figures.overdue - before.figures.overdue).toBe(1);
    expect(after.hitsPerDay).toHaveLength(30);
    const today = new Date().toISOString().slice(0, 10);
    expect(after.hitsPerDay.at(-1)).toEqual({ day: today, count: (before.hitsPerDay.at(-1)?.count ?? 0) + 2 });
    expect(after.newUsersPerDay.at(-1)!.count - before.newUsersPerDay.at(-1)!.count).toBe(2);
    expect(after.topWords).toContainEqual(expect.objectContaining({ label: word, count: 2 }));
    expect(after.topOffenders).toContainEqual({ label: rude.email, count: 2, href: `/admin/users/${rude.id}` });
    expect(after.recentHits[0]).toMatchObject({ userId: rude.id, email: rude.email, word });
  });

  it("is for admins only", async () => {
    await expect(getDashboard(makeViewer(await makeUser()))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
