/**
 * What the server does once at start (instrumentation.ts): apply migrations and, on a
 * brand-new database, create the first admin and print its password once.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { getHandle, transaction } from "@/db/client";
import { migrate } from "@/db/migrate";
import { env } from "@/env";
import { countUsers, createUser } from "@/features/users/data";
import { nudgeDispatch } from "@/features/webhooks/queue";
import { subscribe } from "./events/feed";
import { jobCatalog } from "./jobs/catalog";
import { startEngine, stopEngine } from "./jobs/engine";
import { log } from "./log";

export const FIRST_ADMIN_EMAIL = "admin@warden.local";

export async function ensureFirstAdmin(): Promise<{ email: string; password: string } | null> {
  return transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7031964002)`);
    if ((await countUsers(tx)) > 0) return null;
    const password = randomBytes(12).toString("base64url");
    await createUser({ email: FIRST_ADMIN_EMAIL, password, name: "Administrator", role: "admin" }, { userId: null, source: "system" }, tx);
    return { email: FIRST_ADMIN_EMAIL, password };
  });
}

export async function boot(): Promise<void> {
  const handle = getHandle();
  const applied = await migrate(handle);
  log.info(`database: ${handle.kind}; migrations applied: ${applied.length ? applied.join(", ") : "none pending"}`);
  const admin = await ensureFirstAdmin();
  if (admin) {
    // Printed once, on the very first start: the only place this password appears.
    console.log(
      [
        "",
        "  ┌──────────────────────────────────────────────────────────┐",
        "  │ Warden created the first admin account:                  │",
        `  │   e-mail:   ${admin.email.padEnd(45)}│`,
        `  │   password: ${admin.password.padEnd(45)}│`,
        "  │ Log in and change the password; it is not shown again.   │",
        "  └──────────────────────────────────────────────────────────┘",
        "",
      ].join("\n"),
    );
  }
  if (env.JOBS_ENABLED) await startJobEngine();
  else if (handle.kind === "pglite") log.warn("JOBS_ENABLED=false on the embedded database: no job runs (recurring todos are not created)");
}

/**
 * The job engine inside the server (the only place it can run on the embedded database;
 * on PostgreSQL `npm run worker` can run it instead), stopped on shutdown. A failure to
 * start is logged, not fatal: the app still serves, and the next start retries.
 */
async function startJobEngine(): Promise<void> {
  try {
    await startEngine({ jobs: jobCatalog });
    // New events anywhere wake the webhook relay within a second instead of at the next minute.
    subscribe(() => nudgeDispatch());
  } catch (err) {
    log.error("job engine did not start", { error: err instanceof Error ? err.message : String(err) });
    return;
  }
  // Best effort: Next's own handler exits as soon as HTTP is drained, without waiting for us,
  // and usually first. A job cut off that way stays "active" until it expires, then is retried.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.prependOnceListener(signal, () => {
      void stopEngine({ graceful: false });
    });
  }
}
