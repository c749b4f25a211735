/**
 * `npm run bench:api` — SPEC §11: GET /api/v1/todos under 50 concurrent clients on a seeded
 * PostgreSQL database (default 10,000 users and 1,000,000 todos), against a bare Node HTTP
 * server running the same SQL. Prints latency percentiles, throughput and the ratio.
 *
 *   npm run bench:api -- [--users 10000] [--todos 1000000] [--concurrency 50] [--seconds 15] [--keep] [--no-build]
 *
 * Needs PostgreSQL (TEST_POSTGRES_URL or 127.0.0.1:5432); builds the app first unless --no-build.
 * --keep keeps (and reuses) the seeded database between runs.
 * The rate limit stays on (one counter update per request) with a ceiling the run cannot reach.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const USERS = opt("users", 10_000);
const TODOS = opt("todos", 1_000_000);
const CONCURRENCY = opt("concurrency", 50);
const SECONDS = opt("seconds", 15);
const KEEP = args.includes("--keep");
const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `warden_bench_api_${USERS}_${TODOS}`;
const dbUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
// The app server and this process (which mints the tokens) must sign with the same secret.
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
const tmp = mkdtempSync(path.join(os.tmpdir(), "warden-bench-"));

function log(line: string) {
  console.log(`[bench] ${line}`);
}

async function seed() {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${dbName}`;
  if (exists && KEEP) {
    await admin.end();
    log(`reusing database ${dbName}`);
    return;
  }
  await admin.unsafe(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  process.env.DATABASE_URL = dbUrl;
  const { openDatabase } = await import("@/db/client");
  const { migrate } = await import("@/db/migrate");
  const { hashPassword } = await import("@/lib/password");
  const handle = openDatabase({ url: dbUrl });
  await migrate(handle);
  await handle.close();
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  const t0 = Date.now();
  const hash = await hashPassword("bench-password");
  // Bulk SQL, not the write path: this is load-test data, not history (no audit rows or events).
  await sql`INSERT INTO users (id, email, name, password_hash)
            SELECT gen_random_uuid(), 'bench-' || i || '@example.com', 'Bench ' || i, ${hash} FROM generate_series(1, ${USERS}) i`;
  await sql`INSERT INTO profiles (id, user_id) SELECT gen_random_uuid(), id FROM users`;
  await sql`INSERT INTO tags (id, owner_id, name) SELECT gen_random_uuid(), u.id, n FROM users u, unnest(ARRAY['home','work','errands']) n`;
  await sql`CREATE TEMP TABLE u AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM users`;
  await sql`INSERT INTO todos (id, owner_id, title, description, status, priority, due_on, started_on, completed_on, created_at, updated_at)
            SELECT gen_random_uuid(), u.id, 'Bench todo ' || g, CASE WHEN g % 3 = 0 THEN 'Some details for todo ' || g ELSE '' END,
                   (ARRAY['pending','in_progress','completed']::todo_status[])[g % 3 + 1],
                   (ARRAY['low','normal','high','urgent']::todo_priority[])[g % 4 + 1],
                   CASE WHEN g % 4 = 0 THEN NULL ELSE now() + (g % 90) * interval '1 day' END,
                   CASE WHEN g % 3 = 0 THEN NULL ELSE now() - interval '10 days' END,
                   CASE WHEN g % 3 = 2 THEN now() - interval '1 day' ELSE NULL END,
                   now() - g * interval '1 second', now()
            FROM generate_series(1, ${TODOS}) g JOIN u ON u.rn = g % ${USERS}`;
  await sql`INSERT INTO todo_tags (todo_id, tag_id)
            SELECT t.id, tg.id FROM todos t JOIN tags tg ON tg.owner_id = t.owner_id AND tg.name = 'home' WHERE t.title ~ '[05]$'`;
  await sql`ANALYZE`;
  await sql.end();
  log(`seeded ${USERS} users, ${TODOS} todos in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function mintTokens(): Promise<{ tokens: string[]; owners: Record<string, string> }> {
  process.env.DATABASE_URL = dbUrl;
  const { getDb, closeDb } = await import("@/db/client");
  const { users } = await import("@/db/schema");
  const { issueTokenPairForUser } = await import("@/features/accounts/api-tokens");
  const rows = await getDb().select().from(users).limit(CONCURRENCY);
  const tokens: string[] = [];
  const owners: Record<string, string> = {};
  for (const user of rows) {
    const { access } = await issueTokenPairForUser(user, { ip: "127.0.0.1", userAgent: "bench", requestId: null, origin: null });
    tokens.push(access);
    owners[access] = user.id;
  }
  await closeDb();
  return { tokens, owners };
}

function waitFor(url: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        const res = await fetch(url);
        if (res.status < 500) return resolve();
      } catch {
        /* not up yet */
      }
      if (Date.now() > end) return reject(new Error(`${url} did not answer in ${ms} ms`));
      setTimeout(tick, 300);
    };
    void tick();
  });
}

function runLoad(port: number, tokensFile: string): { requests: number; rps: number; p50: number; p90: number; p99: number; max: number; statuses: Record<string, number> } {
  const out = spawnSync(process.execPath, ["scripts/bench/load.mjs", `http://127.0.0.1:${port}`, String(CONCURRENCY), "3", String(SECONDS), tokensFile], {
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`load generator failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").at(-1)!);
}

function stop(child: ChildProcess) {
  child.kill("SIGTERM");
  return new Promise((r) => child.once("exit", r));
}

async function main() {
  await seed();
  const { tokens, owners } = await mintTokens();
  const tokensFile = path.join(tmp, "tokens.json");
  const ownersFile = path.join(tmp, "owners.json");
  writeFileSync(tokensFile, JSON.stringify(tokens));
  writeFileSync(ownersFile, JSON.stringify(owners));

  // A fresh build of the current code (skip with --no-build to reuse .next as it is).
  if (!args.includes("--no-build") || !existsSync(".next/BUILD_ID")) {
    log("running next build");
    if (spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
  }
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl,
    NODE_ENV: "production" as const,
    JOBS_ENABLED: "false",
    LOG_LEVEL: "warn",
    RATE_LIMIT_API: "100000000/minute",
    AUTH_SECRET: process.env.AUTH_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const appPort = 3499;
  const app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(appPort), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"] });
  process.on("exit", () => app.kill("SIGKILL"));
  await waitFor(`http://127.0.0.1:${appPort}/`);
  const probe = await fetch(`http://127.0.0.1:${appPort}/api/v1/todos`, { headers: { authorization: `Bearer ${tokens[0]}` } });
  if (probe.status !== 200) throw new Error(`the app answered ${probe.status}: ${await probe.text()}`);
  log(`app: ${CONCURRENCY} clients, ${SECONDS} s`);
  const appResult = runLoad(appPort, tokensFile);
  await stop(app);

  const barePort = 3498;
  const bare = spawn(process.execPath, ["scripts/bench/bare-server.mjs", String(barePort), ownersFile], { env, stdio: ["ignore", "ignore", "inherit"] });
  process.on("exit", () => bare.kill("SIGKILL"));
  await waitFor(`http://127.0.0.1:${barePort}/`);
  log(`bare node: ${CONCURRENCY} clients, ${SECONDS} s`);
  const bareResult = runLoad(barePort, tokensFile);
  await stop(bare);

  const row = (name: string, r: typeof appResult) =>
    `| ${name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${JSON.stringify(r.statuses)} |`;
  console.log(`\nGET /api/v1/todos?page=1..5, ${USERS} users, ${TODOS} todos, ${CONCURRENCY} concurrent clients, ${SECONDS} s, ${os.cpus().length} cores`);
  console.log("| server | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | statuses |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  console.log(row("Warden (next start)", appResult));
  console.log(row("bare node + same SQL", bareResult));
  console.log(`\nthroughput ratio: ${((appResult.rps / bareResult.rps) * 100).toFixed(0)}% (target ≥ 70%); app p99 ${appResult.p99.toFixed(1)} ms (target < 25 ms)`);

  if (!KEEP) {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
