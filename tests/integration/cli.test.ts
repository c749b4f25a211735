/**
 * The manage CLI as a user runs it (a real process), on the embedded database (its own
 * folder) and on PostgreSQL (its own database).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrations } from "@/db/migrate";
import { createDatabase, dropDatabase, uniqueName } from "../setup/postgres";

const isPostgres = process.env.TEST_DB === "postgres";
let dbEnv: Record<string, string> = {};
let database: string | undefined;
let dir: string | undefined;

beforeAll(async () => {
  if (isPostgres) {
    database = uniqueName("warden_cli");
    dbEnv = { DATABASE_URL: await createDatabase(database) };
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "warden-cli-"));
    dbEnv = { DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") };
  }
});

afterAll(async () => {
  if (database) await dropDatabase(database);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function manage(...args: string[]) {
  const out = spawnSync(path.resolve("node_modules/.bin/tsx"), ["cli/manage.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...dbEnv, LOG_LEVEL: "silent" },
    input: "",
    timeout: 60_000,
  });
  return { code: out.status, stdout: out.stdout.trim(), stderr: out.stderr.trim() };
}

describe(`npm run manage (${isPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  const tags = loadMigrations().map((m) => m.tag);
  const last = tags.at(-1)!;

  it("migrate, showmigrations, rollback, then migrate again", () => {
    expect(manage("migrate")).toMatchObject({ code: 0, stdout: tags.map((t) => `Applied ${t}`).join("\n") });
    const shown = manage("showmigrations");
    expect(shown.code).toBe(0);
    expect(shown.stdout.split("\n").map((l) => l.split("  (applied")[0])).toEqual(tags.map((t) => `[X] ${t}`));
    expect(manage("rollback")).toMatchObject({ code: 0, stdout: `Rolled back ${last}` });
    expect(manage("showmigrations").stdout.split("\n").at(-1)).toBe(`[ ] ${last}`);
    expect(manage("migrate")).toMatchObject({ code: 0, stdout: `Applied ${last}` });
    expect(manage("migrate").stdout).toBe("No migrations to apply.");
  });

  it("createsuperuser: non-interactive flags, one clear line and exit 1 on bad input", () => {
    const ok = manage("createsuperuser", "--email", "Root@Example.com", "--password", "a-long-password");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Superuser created: root@example.com \(/);
    expect(manage("createsuperuser", "--email", "root@example.com", "--password", "a-long-password")).toMatchObject({
      code: 1,
      stderr: "error: email: A user with this e-mail already exists.",
    });
    expect(manage("createsuperuser", "--email", "x", "--password", "short")).toMatchObject({
      code: 1,
      stderr: "error: email: Enter a valid e-mail address.; password: Use at least 8 characters.",
    });
    expect(manage("createsuperuser", "--password", "a-long-password")).toMatchObject({ code: 1, stderr: "error: --email is required (no terminal to ask on)." });
  });

  // Only the embedded database has a lock to hold (registered, not skipped, on PGlite alone).
  if (!isPostgres) it("refuses while another process holds the embedded database", async () => {
    const holder = spawn("sleep", ["30"]);
    try {
      fs.writeFileSync(`${dbEnv.PGLITE_DIR}.lock`, String(holder.pid));
      const refused = manage("showmigrations");
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`^error: The embedded database is in use by process ${holder.pid} `));
    } finally {
      holder.kill();
    }
  });
});
