import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { createTodo } from "@/features/todos/data";
import { eventsOf, freshWord, listWord, logsOf, member, userRow } from "./moderation-helpers";

describe("the automatic ban under concurrent saves (PostgreSQL)", () => {
  it("20 concurrent saves crossing the threshold ban exactly once and log every hit", async () => {
    const threshold = env.MODERATION_BAN_THRESHOLD;
    const word = freshWord();
    await listWord(word);
    const { user, viewer, actor } = await member();
    const before = Math.max(0, threshold - 10);
    for (let i = 0; i < before; i++) await createTodo(viewer, { title: `${word} ${i}` }, actor);

    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => createTodo(viewer, { title: `${word} concurrent ${i}` }, actor)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    expect(await logsOf(user.id)).toHaveLength(before + 20);
    expect((await userRow(user.id)).isBanned).toBe(true);
    expect(await eventsOf(user.id, "user.banned")).toHaveLength(1);
  });
});
