import type { Command } from "commander";
import { createUser } from "@/features/users/data";
import { withDb } from "../db";
import { ask } from "../prompt";

export function registerCreateSuperuser(program: Command) {
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
}
