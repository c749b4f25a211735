/**
 * Migrations: the SQL drizzle-kit generated in drizzle/ (listed by drizzle/meta/_journal.json),
 * each with a hand-written reverse in drizzle/down/. Applied ones are recorded in
 * `warden_migrations`; every run holds an advisory lock, so several instances starting at
 * once apply each migration exactly once.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { rowsOf, type DbHandle, type Executor } from "./client";

const MIGRATIONS_DIR = path.resolve(process.cwd(), "drizzle");
const LOCK_KEY = 7_031_964_001; // any constant shared by every Warden process

export interface Migration {
  tag: string;
  up: string;
  down: string | null;
  hash: string;
}

export interface MigrationStatus {
  tag: string;
  applied: boolean;
  appliedAt: Date | null;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, "meta", "_journal.json"), "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  return journal.entries
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => {
      const up = fs.readFileSync(path.join(dir, `${tag}.sql`), "utf8");
      const downPath = path.join(dir, "down", `${tag}.sql`);
      const down = fs.existsSync(downPath) ? fs.readFileSync(downPath, "utf8") : null;
      return { tag, up, down, hash: createHash("sha256").update(up).digest("hex") };
    });
}

function statements(script: string): string[] {
  return script
    .split("--> statement-breakpoint")
    .map((s) => s.trim())
    .filter((s) => s.replace(/^--.*$/gm, "").trim().length > 0);
}

async function ensureTable(ex: Executor) {
  await ex.execute(sql`CREATE TABLE IF NOT EXISTS warden_migrations (
    tag text PRIMARY KEY,
    hash text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
}

async function applied(ex: Executor): Promise<Map<string, Date>> {
  const rows = await rowsOf<{ tag: string; applied_at: Date | string }>(ex, sql`SELECT tag, applied_at FROM warden_migrations`);
  return new Map(rows.map((r) => [r.tag, new Date(r.applied_at)]));
}

async function locked<T>(handle: DbHandle, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return handle.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    await ensureTable(tx);
    return fn(tx);
  });
}

/** Applies every pending migration in order, in one transaction. Returns the tags applied. */
export async function migrate(handle: DbHandle, migrations = loadMigrations()): Promise<string[]> {
  return locked(handle, async (tx) => {
    const done = await applied(tx);
    const pending = migrations.filter((m) => !done.has(m.tag));
    for (const m of pending) {
      for (const statement of statements(m.up)) await tx.execute(sql.raw(statement));
      await tx.execute(sql`INSERT INTO warden_migrations (tag, hash) VALUES (${m.tag}, ${m.hash})`);
    }
    return pending.map((m) => m.tag);
  });
}

export async function showMigrations(handle: DbHandle, migrations = loadMigrations()): Promise<MigrationStatus[]> {
  return locked(handle, async (tx) => {
    const done = await applied(tx);
    return migrations.map((m) => ({ tag: m.tag, applied: done.has(m.tag), appliedAt: done.get(m.tag) ?? null }));
  });
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Undoes the last applied migration with its down SQL. Returns its tag, or null if none is applied. */
export async function rollback(handle: DbHandle, migrations = loadMigrations()): Promise<string | null> {
  return locked(handle, async (tx) => {
    const done = await applied(tx);
    const last = [...migrations].reverse().find((m) => done.has(m.tag));
    if (!last) return null;
    if (last.down === null) throw new MigrationError(`Migration ${last.tag} has no down SQL (drizzle/down/${last.tag}.sql).`);
    for (const statement of statements(last.down)) await tx.execute(sql.raw(statement));
    await tx.execute(sql`DELETE FROM warden_migrations WHERE tag = ${last.tag}`);
    return last.tag;
  });
}
