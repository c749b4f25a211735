import { closeDb, getHandle, type DbHandle } from "@/db/client";
import { pgError } from "@/db/errors";
import { DatabaseLockedError } from "@/db/lock";
import { ConfigError } from "@/env";
import { AppError } from "@/lib/errors";

export class CliError extends Error {
  override name = "CliError";
}

/** Runs a command body with the database open, then closes it; errors become one clear line. */
export function withDb(fn: (handle: DbHandle, ...args: never[]) => Promise<void>) {
  return async (...args: unknown[]) => {
    try {
      await fn(getHandle(), ...(args as never[]));
    } catch (err) {
      fail(err);
    } finally {
      await closeDb().catch(() => {});
    }
  };
}

export function fail(err: unknown): never {
  if (err instanceof AppError && err.fields) {
    const detail = Object.entries(err.fields)
      .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
      .join("; ");
    console.error(`error: ${detail}`);
  } else if (err instanceof DatabaseLockedError || err instanceof ConfigError || err instanceof CliError || err instanceof AppError) {
    console.error(`error: ${err.message}`);
  } else if (pgError(err)) {
    const info = pgError(err)!;
    const hint = info.code === "42P01" ? " (the database is not migrated: run `npm run manage -- migrate`)" : "";
    console.error(`error: database: ${info.message}${hint}`);
  } else {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  }
  process.exit(1);
}
