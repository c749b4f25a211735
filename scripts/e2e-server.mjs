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
await admin.unsafe(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.unsafe(`CREATE DATABASE "${database}"`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${database}`;

const env = { ...process.env, DATABASE_URL: url.toString(), NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0000", WEBHOOK_ALLOW_PRIVATE: "true" };
if (process.env.E2E_DIST_DIR) env.NEXT_DIST_DIR = process.env.E2E_DIST_DIR;
if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
