#!/usr/bin/env node
// `npm start`: builds when there is no build yet or the code changed since the last one,
// then runs the production server. Migrations, the first admin and the job engine start
// inside the server (instrumentation.ts).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const next = "node_modules/next/dist/bin/next";
const stampFile = ".next/warden-source";
// The commit the build was made from (when this is a git checkout), so a `git pull` is
// followed by a rebuild instead of serving old code against new migrations.
const head = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" });
const source = head.status === 0 ? head.stdout.trim() : null;
const built = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : null;

if (!existsSync(".next/BUILD_ID") || (source && built !== source)) {
  console.log(existsSync(".next/BUILD_ID") ? "The code changed since the last build: running `next build`..." : "No build found: running `next build` once (about a minute)...");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  if (source) writeFileSync(stampFile, `${source}\n`);
}
const port = process.env.PORT || "3000";
const server = spawn(process.execPath, [next, "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
