/**
 * The one database client. `DATABASE_URL` set: PostgreSQL through postgres.js. Unset: the
 * embedded PGlite in `PGLITE_DIR`, guarded by a lock file so no second process opens it
 * beside the one that holds it (PGlite has no cross-process lock of its own).
 * Nothing outside db/ knows which of the two it has.
 */
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/env";
import { acquireLock, type Lock } from "./lock";
import * as schema from "./schema";

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs a script of several statements (pg-boss and migrations need it). */
  execScript(text: string): Promise<void>;
  /** LISTEN on a channel; notifications arrive when the notifying transaction commits. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  pglite?: PGlite;
  sql?: postgres.Sql;
  /** The PostgreSQL URL it was opened with (the job engine opens its own pool on it). */
  url?: string;
}

export interface OpenOptions {
  url?: string;
  /** A folder, or "memory://" for a throw-away in-memory database (tests). */
  dir?: string;
  maxConnections?: number;
}

export function openDatabase(opts: OpenOptions): DbHandle {
  if (opts.url) {
    const sql = postgres(opts.url, {
      max: opts.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: "warden" },
    });
    const db = drizzlePostgres(sql, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      sql,
      url: opts.url,
      execScript: async (text) => {
        await sql.unsafe(text);
      },
      listen: async (channel, onNotify) => {
        const { unlisten } = await sql.listen(channel, (payload) => onNotify(payload));
        return unlisten;
      },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dir = opts.dir ?? env.PGLITE_DIR;
  const lock: Lock | null = dir.startsWith("memory://") ? null : acquireLock(`${dir}.lock`);
  const pglite = new PGlite(dir);
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    execScript: async (text) => {
      await pglite.exec(text);
    },
    listen: (channel, onNotify) => pglite.listen(channel, onNotify),
    close: async () => {
      await pglite.close();
      lock?.release();
    },
  };
}

// Next loads this module several times (middleware, app, instrumentation): one handle per process.
const globalForDb = globalThis as unknown as { __wardenDb?: DbHandle };

/** The process's database, opened on first use (so `next build` never touches it). */
export function getHandle(): DbHandle {
  globalForDb.__wardenDb ??= openDatabase({ url: env.DATABASE_URL, dir: env.PGLITE_DIR });
  return globalForDb.__wardenDb;
}

export function getDb(): Db {
  return getHandle().db;
}

/** Lets tests and the CLI install a handle they opened themselves. */
export function setHandle(handle: DbHandle | undefined): void {
  globalForDb.__wardenDb = handle;
}

export async function closeDb(): Promise<void> {
  const handle = globalForDb.__wardenDb;
  globalForDb.__wardenDb = undefined;
  await handle?.close();
}

/** Rows of a raw query: postgres.js returns an array, PGlite `{ rows }`. */
export async function rowsOf<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown;
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

export { schema };

/** Runs `fn` in a transaction on the process's database; everything it writes commits or none of it. */
export function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return getDb().transaction(fn);
}
