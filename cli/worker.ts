/**
 * `npm run worker`: the job engine's workers and cron as a process of their own, for
 * PostgreSQL deployments (run one or more; servers can then set JOBS_ENABLED=false).
 * With the embedded database the engine runs inside the server instead, and this refuses.
 */
import { closeDb, getHandle } from "@/db/client";
import { showMigrations } from "@/db/migrate";
import { env } from "@/env";
import { CliError, fail } from "./db";
import { runEngineUntilSignal } from "./commands/jobs";

async function main(): Promise<void> {
  if (!env.DATABASE_URL) {
    throw new CliError(
      "npm run worker needs PostgreSQL (set DATABASE_URL). With the embedded database the job engine runs inside the server (npm start).",
    );
  }
  const handle = getHandle();
  const pending = (await showMigrations(handle)).filter((m) => !m.applied);
  if (pending.length > 0) throw new CliError(`The database has ${pending.length} pending migration(s): run \`npm run manage -- migrate\` (or start a server) first.`);
  await runEngineUntilSignal(handle, "worker");
}

main()
  .catch(fail)
  .finally(() => closeDb().catch(() => {}));
