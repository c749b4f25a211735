import type { Command } from "commander";
import { migrate, rollback, showMigrations } from "@/db/migrate";
import { withDb } from "../db";

export function registerMigrations(program: Command) {
  program
    .command("migrate")
    .description("apply every pending migration")
    .action(
      withDb(async (handle) => {
        const applied = await migrate(handle);
        console.log(applied.length ? applied.map((t) => `Applied ${t}`).join("\n") : "No migrations to apply.");
      }),
    );

  program
    .command("showmigrations")
    .description("list migrations, [X] applied and [ ] pending")
    .action(
      withDb(async (handle) => {
        for (const m of await showMigrations(handle)) {
          console.log(`[${m.applied ? "X" : " "}] ${m.tag}${m.appliedAt ? `  (applied ${m.appliedAt.toISOString()})` : ""}`);
        }
      }),
    );

  program
    .command("rollback")
    .description("undo the last applied migration with its down SQL")
    .action(
      withDb(async (handle) => {
        const tag = await rollback(handle);
        console.log(tag ? `Rolled back ${tag}` : "No applied migration to roll back.");
      }),
    );
}
