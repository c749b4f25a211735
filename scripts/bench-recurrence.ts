/**
 * Benchmark of recurring todos: the cost of computing a next occurrence, and of a spawn
 * pass over many due series. Uses a throw-away database: in-memory PGlite, or
 * `BENCH_DATABASE_URL` (an empty database it may migrate and fill).
 *   npx tsx scripts/bench-recurrence.ts [series=1000]
 */
import { openDatabase, setHandle, transaction } from "@/db/client";
import type { User } from "@/db/schema";
import { migrate } from "@/db/migrate";
import { createTodoForOwner } from "@/features/todos/data";
import { runRecurrencePass } from "@/features/todos/recurrence-job";
import { createUser } from "@/features/users/data";
import { nextOccurrenceAfter } from "@/lib/recurrence";

const actor = { userId: null, source: "cli" as const };

function timeIt(label: string, runs: number, fn: (i: number) => unknown) {
  const started = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  const ms = performance.now() - started;
  console.log(`${label}: ${((ms * 1000) / runs).toFixed(1)} µs per call (${runs} calls)`);
}

async function main() {
  const seriesCount = Number(process.argv[2] ?? 1000);
  const now = new Date("2026-03-29T12:00:00Z");

  timeIt("next occurrence, DAILY in Europe/Paris", 10_000, (i) =>
    nextOccurrenceAfter("FREQ=DAILY", new Date("2026-03-01T08:00:00Z"), new Date(now.getTime() + i * 60_000), "Europe/Paris"),
  );
  timeIt("next occurrence, WEEKLY;INTERVAL=2;BYDAY=MO,TH from 1970", 10_000, (i) =>
    nextOccurrenceAfter("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", new Date("1970-01-05T08:00:00Z"), new Date(now.getTime() + i * 60_000), "America/New_York"),
  );
  timeIt("next occurrence, HOURLY from 1970", 10_000, (i) =>
    nextOccurrenceAfter("FREQ=HOURLY", new Date("1970-01-01T00:00:00Z"), new Date(now.getTime() + i * 60_000), "UTC"),
  );
  timeIt("next occurrence, Monday 29 February (every 28 years)", 200, (i) =>
    nextOccurrenceAfter("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", new Date("2026-01-01T08:00:00Z"), new Date(now.getTime() + i * 60_000), "UTC"),
  );

  const url = process.env.BENCH_DATABASE_URL;
  const handle = openDatabase(url ? { url } : { dir: "memory://" });
  setHandle(handle);
  await migrate(handle);
  const users: User[] = [];
  for (let i = 0; i < 10; i++) users.push(await createUser({ email: `bench-${Date.now()}-${i}@example.com`, name: "Bench", password: "bench-password-1", role: "user" }, actor));
  const created = performance.now();
  for (let start = 0; start < seriesCount; start += 100) {
    await transaction(async (tx) => {
      for (let i = start; i < Math.min(seriesCount, start + 100); i++) {
        await createTodoForOwner(
          tx,
          users[i % users.length]!.id,
          { title: `Series ${i}`, description: "", status: "pending", priority: "normal", dueOn: new Date("2026-03-29T08:00:00Z"), startedOn: null, completedOn: null, recurrence: "FREQ=DAILY", tags: ["bench"] },
          actor,
          { now: new Date("2026-03-28T00:00:00Z") },
        );
      }
    });
  }
  console.log(`setup: ${seriesCount} recurring todos in ${Math.round(performance.now() - created)} ms (${handle.kind})`);

  let started = performance.now();
  const first = await runRecurrencePass({ now });
  const firstMs = performance.now() - started;
  console.log(`pass over ${first.examined} due series: ${first.created.length} created in ${Math.round(firstMs)} ms (${(firstMs / Math.max(1, first.examined)).toFixed(2)} ms per series)`);
  started = performance.now();
  const second = await runRecurrencePass({ now });
  console.log(`second pass: ${second.examined} due, ${second.created.length} created in ${Math.round(performance.now() - started)} ms`);
  await handle.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
