/**
 * `npm run manage -- <command>`: Django's manage.py. Each command lives in cli/commands/ and
 * registers itself here with one line. Every command opens the configured database; in
 * embedded mode it refuses while the server holds it.
 */
import { Command } from "commander";
import { registerCreateSuperuser } from "./commands/createsuperuser";
import { registerJobs } from "./commands/jobs";
import { registerMigrations } from "./commands/migrations";
import { registerModeration } from "./commands/moderation";
import { registerSeed } from "./commands/seed";

const program = new Command();
program.name("manage").description("Warden's management commands").showHelpAfterError();

registerMigrations(program);
registerCreateSuperuser(program);
registerSeed(program);
registerModeration(program);
registerJobs(program);

program.parseAsync(process.argv).catch((err) => {
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
