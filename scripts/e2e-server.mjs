#!/usr/bin/env node
// The browser tests' server: a fresh PostgreSQL database of its own (so fixtures can create
// users beside the running server), a fresh build of the current code, then `next start`.
import { spawn, spawnSync } from "node:child_process";
import postgres from "postgres";

const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const database = process.env.E2E_DATABASE;
const port = process.env.E2E_PORT ?? "3217";
if (!database) throw new Error("E2E_DATABASE is not set (playwright.config.ts sets it)");

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
// Databases left by runs that died before their teardown (the name carries the run's pid).
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
};
for (const { datname } of await admin`SELECT datname FROM pg_database WHERE datname LIKE 'warden\_e2e\_%'`) {
  const pid = Number(datname.split("_")[2]);
  if (datname !== database && pid && !alive(pid)) await admin.unsafe(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
await admin.unsafe(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.unsafe(`CREATE DATABASE "${database}"`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${database}`;

const env = { ...process.env, DATABASE_URL: url.toString(), NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0000", WEBHOOK_ALLOW_PRIVATE: "true" };
if (process.env.E2E_DIST_DIR) env.NEXT_DIST_DIR = process.env.E2E_DIST_DIR;
// Mail goes to an SMTP sink the tests start on this fixed port (tests/e2e/smtp-sink.ts): E2E_PORT + 20000 unless E2E_SMTP_PORT.
env.SMTP_URL = `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? Number(port) + 20000}`;
// Every browser test logs in from 127.0.0.1; the 429 itself is covered by integration tests.
env.RATE_LIMIT_AUTH = process.env.E2E_RATE_LIMIT_AUTH ?? "1000/minute";
if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
