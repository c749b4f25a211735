/**
 * Once per run: a migrated template database. Each test file then gets its own copy
 * (CREATE DATABASE … TEMPLATE), dropped when the file ends; the template is dropped last.
 */
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { migrate } from "@/db/migrate";
import { createDatabase, dropDatabase, uniqueName, withAdmin } from "./postgres";

export default async function setup(project: TestProject) {
  try {
    await withAdmin((sql) => sql`SELECT 1`);
  } catch (err) {
    throw new Error(
      `PostgreSQL is not answering at ${process.env.TEST_POSTGRES_URL ?? "127.0.0.1:5432"} (${(err as Error).message}). ` +
        "Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set TEST_POSTGRES_URL.",
    );
  }
  const template = uniqueName("warden_tmpl");
  const url = await createDatabase(template);
  const handle = openDatabase({ url, maxConnections: 1 });
  await migrate(handle);
  await handle.close();
  project.provide("pgTemplate", template);
  return async () => {
    await dropDatabase(template);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
