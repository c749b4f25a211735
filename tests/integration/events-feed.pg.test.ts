// PostgreSQL only (*.pg.test.ts): several app instances need a server database.
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { todoModel } from "@/features/todos/model";
import { createRow } from "@/lib/write-path";
import { makeUser, testActor } from "../factories";
import { currentDatabaseUrl } from "../setup/db";
import { collect, until } from "../helpers/feed";

describe("the live event feed across instances", () => {
  it("hears writes made by another instance (another connection pool)", async () => {
    const { received, unsubscribe } = collect();
    const user = await makeUser();
    const other = openDatabase({ url: currentDatabaseUrl(), maxConnections: 1 });
    try {
      const todo = await other.db.transaction(async (tx) => (await createRow(tx, todoModel, { ownerId: user.id, title: "Elsewhere" }, testActor)).after);
      await until(() => received.some((e) => e.row_id === todo.id));
      expect(received.filter((e) => e.row_id === todo.id)).toHaveLength(1);
    } finally {
      unsubscribe();
      await other.close();
    }
  });
});
