/**
 * `npm run manage -- <command>`: Django's manage.py. Every command opens the configured
 * database; in embedded mode it refuses while the server holds it.
 */
import { Command, InvalidArgumentError } from "commander";
import { migrate, rollback, showMigrations } from "@/db/migrate";
import { createUser } from "@/features/users/data";
import { CliError, withDb } from "./db";
import { ask } from "./prompt";
import { seed } from "./seed";

const program = new Command();
program.name("manage").description("Warden's management commands").showHelpAfterError();

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}

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

program
  .command("createsuperuser")
  .description("create an admin account (asks for missing values when a terminal is attached)")
  .option("--email <email>", "the admin's e-mail")
  .option("--password <password>", "the admin's password (8 to 128 characters)")
  .option("--name <name>", "display name", "Administrator")
  .action(
    withDb(async (_handle, opts: { email?: string; password?: string; name: string }) => {
      const email = opts.email ?? (await ask("E-mail: ", "--email"));
      const password = opts.password ?? (await ask("Password: ", "--password", { hidden: true }));
      const user = await createUser({ email, password, name: opts.name, role: "admin" }, { userId: null, source: "cli" });
      console.log(`Superuser created: ${user.email} (${user.id})`);
    }),
  );

program
  .command("seed")
  .description("add demo users, tags and todos")
  .option("--users <n>", "how many users", count, 20)
  .option("--todos <n>", "how many todos, spread over the users", count, 500)
  .option("--tags-per-user <n>", "tags per user (at most 8)", count, 4)
  .option("--password <password>", "password of every demo user", "demo-password")
  .action(
    withDb(async (handle, opts: { users: number; todos: number; tagsPerUser: number; password: string }) => {
      if (opts.tagsPerUser > 8) throw new CliError("--tags-per-user is at most 8.");
      await seed(handle, opts);
    }),
  );

program.parseAsync(process.argv).catch((err) => {
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
