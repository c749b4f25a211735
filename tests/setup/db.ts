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

export async function openTestDatabase(): Promise<DbHandle> {
  if (process.env.TEST_DB === "postgres") {
    database = uniqueName("warden_test");
    const url = await createDatabase(database, inject("pgTemplate"));
    return openDatabase({ url, maxConnections: 20 });
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
