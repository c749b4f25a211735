/** `manage seed`: demo users, profiles, tags and todos at a chosen size, through the bulk write path. */
import { v7 as uuidv7 } from "uuid";
import type { DbHandle } from "@/db/client";
import { todoModel, tagModel } from "@/features/todos/model";
import { profileModel, userModel } from "@/features/users/model";
import { hashPassword } from "@/lib/password";
import { createRows, type Actor, type Values } from "@/lib/write-path";
import type { todos } from "@/db/schema";

export interface SeedOptions {
  users: number;
  todos: number;
  tagsPerUser: number;
  password: string;
  batch?: number;
}

const WORDS = ["report", "garden", "groceries", "invoice", "call", "dentist", "plan", "review", "taxes", "laundry", "trip", "book", "meeting", "draft", "email", "fix", "bike", "paint", "budget", "recipe"];
const STATUSES = ["pending", "in_progress", "completed"] as const;
const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
const TAGS = ["home", "work", "errands", "health", "money", "family", "learning", "someday"];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

export async function seed(handle: DbHandle, opts: SeedOptions, log: (line: string) => void = console.log) {
  const actor: Actor = { userId: null, source: "cli" };
  const batch = opts.batch ?? 2_000;
  const passwordHash = await hashPassword(opts.password);
  const runId = Date.now().toString(36);
  const userIds: string[] = [];
  const started = Date.now();

  for (let i = 0; i < opts.users; i += batch) {
    const n = Math.min(batch, opts.users - i);
    await handle.db.transaction(async (tx) => {
      const rows = await createRows(
        tx,
        userModel,
        Array.from({ length: n }, (_, k) => ({
          id: uuidv7(),
          email: `demo-${runId}-${i + k}@example.com`,
          name: `Demo User ${i + k}`,
          passwordHash,
        })),
        actor,
      );
      await createRows(tx, profileModel, rows.map((u) => ({ userId: u.id })), actor);
      if (opts.tagsPerUser > 0) {
        await createRows(
          tx,
          tagModel,
          rows.flatMap((u) => TAGS.slice(0, opts.tagsPerUser).map((name) => ({ ownerId: u.id, name }))),
          actor,
        );
      }
      userIds.push(...rows.map((u) => u.id));
    });
  }
  log(`users: ${userIds.length} (password "${opts.password}")`);
  if (userIds.length === 0 && opts.todos > 0) throw new Error("seed needs at least one user to own todos");

  const now = Date.now();
  const day = 86_400_000;
  // Batches are independent: on PostgreSQL a few run at once (PGlite has one connection anyway).
  const parallel = handle.kind === "postgres" ? 4 : 1;
  const starts = Array.from({ length: Math.ceil(opts.todos / batch) }, (_, b) => b * batch);
  let done = 0;
  const worker = async () => {
    for (let i = starts.shift(); i !== undefined; i = starts.shift()) {
      const n = Math.min(batch, opts.todos - i);
      const values: Values<typeof todos>[] = Array.from({ length: n }, (_, k) => {
        const j = i + k;
        const status = pick(STATUSES, j * 7);
        const startedOn = status === "pending" ? null : new Date(now - ((j % 20) + 2) * day);
        return {
          ownerId: pick(userIds, j),
          title: `${pick(WORDS, j)} ${pick(WORDS, j * 3 + 1)} #${j}`,
          description: j % 3 === 0 ? `Remember the ${pick(WORDS, j * 5)} and the ${pick(WORDS, j * 11)}.` : "",
          status,
          priority: pick(PRIORITIES, j * 13),
          dueOn: j % 4 === 0 ? null : new Date(now + ((j % 60) + 1) * day),
          startedOn,
          completedOn: status === "completed" ? new Date(now - day) : null,
        };
      });
      await handle.db.transaction((tx) => createRows(tx, todoModel, values, actor));
      done += n;
      if (Math.floor(done / 50_000) !== Math.floor((done - n) / 50_000)) log(`todos: ${done}...`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  log(`todos: ${opts.todos}`);
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
