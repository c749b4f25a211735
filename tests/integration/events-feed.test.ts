import { describe, expect, it } from "vitest";
import { transaction } from "@/db/client";
import { todoModel } from "@/features/todos/model";
import { createRow } from "@/lib/write-path";
import { makeUser, testActor } from "../factories";
import { collect, until } from "../helpers/feed";

describe("the live event feed", () => {
  it("delivers a committed write's event within 2 seconds, once", async () => {
    const { received, unsubscribe } = collect();
    try {
      const user = await makeUser();
      const todo = await transaction(async (tx) => (await createRow(tx, todoModel, { ownerId: user.id, title: "Live" }, testActor)).after);
      await until(() => received.some((e) => e.row_id === todo.id));
      await new Promise((r) => setTimeout(r, 300));
      const mine = received.filter((e) => e.row_id === todo.id);
      expect(mine.map((e) => e.type)).toEqual(["todo.created"]);
      expect(mine[0]!.audience_user_id).toBe(user.id);
    } finally {
      unsubscribe();
    }
  });

  it("never delivers the event of a rolled-back write", async () => {
    const { received, unsubscribe } = collect();
    try {
      const user = await makeUser();
      let id = "";
      await transaction(async (tx) => {
        id = (await createRow(tx, todoModel, { ownerId: user.id, title: "Ghost" }, testActor)).after.id;
        throw new Error("rollback");
      }).catch(() => {});
      const marker = await makeUser();
      await until(() => received.some((e) => e.row_id === marker.id));
      expect(received.some((e) => e.row_id === id)).toBe(false);
    } finally {
      unsubscribe();
    }
  });
});

