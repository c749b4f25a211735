/**
 * Benchmark of POST /api/v1/todos/bulk's work: createTodos with 1,000 rows (rules, tags,
 * rows + audit entries + events, links, moderation scan), run several times, median reported.
 * Uses a throw-away database: in-memory PGlite, or `BENCH_DATABASE_URL` (an empty database it
 * may migrate and fill).
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npx tsx scripts/bench-todos-bulk.ts [runs=7] [rows=1000]
 */
import { openDatabase, setHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { createTodos } from "@/features/todos/bulk";
import { createUser } from "@/features/users/data";

async function main() {
  const runs = Number(process.argv[2] ?? 7);
  const rows = Number(process.argv[3] ?? 1000);
  const url = process.env.BENCH_DATABASE_URL;
  const handle = openDatabase(url ? { url } : { dir: "memory://" });
  setHandle(handle);
  await migrate(handle);
  const user = await createUser({ email: `bench-bulk-${Date.now()}@example.com`, name: "Bench", password: "bench-password-1", role: "user" }, { userId: null, source: "cli" });
  const viewer = { id: user.id, email: user.email, name: user.name, role: user.role, isBanned: false, banReason: null, sessionId: "bench", via: "token" as const };
  const actor = { userId: user.id, source: "api" as const };
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const todos = Array.from({ length: rows }, (_, i) => ({
      title: `Bulk ${run}-${i}`,
      description: i % 3 ? "" : "Imported from the old tracker, with a few words of description.",
      priority: (["low", "normal", "high", "urgent"] as const)[i % 4],
      due_on: i % 2 ? null : "2099-01-01T09:00:00Z",
      tags: [`tag${i % 10}`, "imported"],
    }));
    const started = performance.now();
    await createTodos(viewer, { todos }, actor);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${handle.kind}: createTodos with ${rows} rows, ${runs} runs: median ${times[Math.floor(runs / 2)]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
  await handle.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
