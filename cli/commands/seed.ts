import { InvalidArgumentError, type Command } from "commander";
import { CliError, withDb } from "../db";
import { seed } from "../seed";

export function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}

export function registerSeed(program: Command) {
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
}
