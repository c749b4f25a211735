/** `import-banned-words FILE`, `ban`, `unban`: moderation from the command line. */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { applyImport, formatOf } from "@/features/moderation/import";
import { isUuid } from "@/features/accounts/viewer-query";
import { setBans } from "@/features/users/bans";
import type { Actor } from "@/lib/write-path";
import { CliError, withDb } from "../db";

const actor: Actor = { userId: null, source: "cli" };

async function userIdOf(opts: { email?: string; id?: string }): Promise<string> {
  if (!opts.email === !opts.id) throw new CliError("give exactly one of --email or --id");
  const db = getDb();
  const [user] = opts.id
    ? isUuid(opts.id)
      ? await db.select({ id: users.id }).from(users).where(eq(users.id, opts.id))
      : []
    : await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, opts.email!.trim().toLowerCase()));
  if (!user) throw new CliError(`no user with ${opts.id ? `id ${opts.id}` : `e-mail ${opts.email}`}`);
  return user.id;
}

export function registerModeration(program: Command) {
  program
    .command("import-banned-words")
    .description("add banned words from a .txt (one per line) or .csv (word,mode,action) file")
    .argument("<file>", "the file to import")
    .option("--format <format>", "txt or csv (default: from the file name)")
    .action(
      withDb(async (_handle, file: string, opts: { format?: string }) => {
        const format = opts.format ?? formatOf(file);
        if (format !== "txt" && format !== "csv") throw new CliError("--format is txt or csv");
        const content = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
          throw new CliError(`cannot read ${file}: ${err.code ?? err.message}`);
        });
        const result = await applyImport(null, content, format, actor);
        for (const row of result.refused) console.log(`refused line ${row.line} (${row.text}): ${row.reason}`);
        console.log(`added ${result.add.length} banned word(s); refused ${result.refused.length}`);
      }),
    );

  for (const action of ["ban", "unban"] as const) {
    program
      .command(action)
      .description(action === "ban" ? "ban a user (ends their sessions and tokens)" : "lift a user's ban (their strikes start again from zero)")
      .option("--email <email>", "the user's e-mail")
      .option("--id <id>", "the user's id")
      .option("--reason <reason>", "shown to the user")
      .action(
        withDb(async (_handle, opts: { email?: string; id?: string; reason?: string }) => {
          const id = await userIdOf(opts);
          const result = await setBans({ user_ids: [id], action, reason: opts.reason }, { bannedBy: null, selfId: null }, actor);
          const state = result.data[0]?.is_banned ? "banned" : "not banned";
          console.log(`${id}: ${state}`);
        }),
      );
  }
}
