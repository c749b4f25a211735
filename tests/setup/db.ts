/**
 * Gives every integration test file a database of its own: a fresh in-memory PGlite, or a
 * copy of the migrated PostgreSQL template. It is installed as the process's database, so
 * the app's own modules (getDb, transaction) use it.
 */
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, openDatabase, setHandle, type DbHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { createDatabase, dropDatabase, uniqueName } from "./postgres";

let database: string | undefined;
let databaseUrl: string | undefined;

/** The URL of this file's PostgreSQL database, for tests that open a second client ("another instance"). */
export function currentDatabaseUrl(): string {
  if (!databaseUrl) throw new Error("only PostgreSQL test files (*.pg.test.ts) have a database URL");
  return databaseUrl;
}

export async function openTestDatabase(): Promise<DbHandle> {
  if (process.env.TEST_DB === "postgres") {
    database = uniqueName("warden_test");
    databaseUrl = await createDatabase(database, inject("pgTemplate"));
    return openDatabase({ url: databaseUrl, maxConnections: 20 });
  }
  const handle = openDatabase({ dir: "memory://" });
  await migrate(handle);
  return handle;
}

beforeAll(async () => {
  setHandle(await openTestDatabase());
});

afterAll(async () => {
  await closeDb();
  if (database) await dropDatabase(database);
});
