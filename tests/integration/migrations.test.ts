import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, rowsOf, type DbHandle } from "@/db/client";
import { loadMigrations, migrate, rollback, showMigrations } from "@/db/migrate";
import { createDatabase, dropDatabase, uniqueName } from "../setup/postgres";

let handle: DbHandle | undefined;
let database: string | undefined;

async function emptyDatabase(): Promise<DbHandle> {
  if (process.env.TEST_DB === "postgres") {
    database = uniqueName("warden_mig");
    handle = openDatabase({ url: await createDatabase(database), maxConnections: 2 });
  } else {
    handle = openDatabase({ dir: "memory://" });
  }
  return handle;
}

async function tables(h: DbHandle): Promise<string[]> {
  const rows = await rowsOf<{ table_name: string }>(
    h.db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'warden_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

afterEach(async () => {
  await handle?.close();
  if (database) await dropDatabase(database);
  handle = database = undefined;
});

describe("migrations", () => {
  it("every migration has its down SQL", () => {
    for (const m of loadMigrations()) expect(m.down, m.tag).not.toBeNull();
  });

  it("lists pending then applied migrations, applies each once", async () => {
    const h = await emptyDatabase();
    const all = loadMigrations().map((m) => m.tag);
    expect((await showMigrations(h)).every((m) => !m.applied)).toBe(true);
    expect(await migrate(h)).toEqual(all);
    expect(await migrate(h)).toEqual([]);
    const status = await showMigrations(h);
    expect(status.map((m) => [m.tag, m.applied])).toEqual(all.map((t) => [t, true]));
  });

  it("goes up, down and up again", async () => {
    const h = await emptyDatabase();
    await migrate(h);
    const created = await tables(h);
    expect(created).toEqual(expect.arrayContaining(["users", "profiles", "todos", "tags", "todo_tags", "audit_entries", "events"]));
    const last = loadMigrations().at(-1)!.tag;
    expect(await rollback(h)).toBe(last);
    expect((await showMigrations(h)).find((m) => m.tag === last)?.applied).toBe(false);
    if (loadMigrations().length === 1) expect(await tables(h)).toEqual([]);
    expect(await migrate(h)).toEqual([last]);
    expect(await tables(h)).toEqual(created);
  });

  it("rolls back nothing on an empty database", async () => {
    const h = await emptyDatabase();
    expect(await rollback(h)).toBeNull();
  });
});
