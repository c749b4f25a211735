/**
 * `npm run bench:moderation`: the SPEC §11 moderation figures, printed (no timed tests).
 *
 * 1. Scanning a 10 KB todo against 10,000 listed words with the matcher, median and p99,
 *    and the same for the seed project's naive loop (one regex per word) on the same input.
 * 2. The moderation summary (the real DAL function) over 1,000,000 logs on PostgreSQL, in a
 *    throw-away database this script creates, bulk-seeds with SQL and drops.
 *
 * Options: --words N (10000) --logs N (1000000) --users N (10000) --runs N (300) --naive-runs N (15)
 *          --skip-db (matcher only). PostgreSQL: BENCH_POSTGRES_URL or TEST_POSTGRES_URL,
 *          default postgres://postgres@127.0.0.1:5432/postgres (a server you may create databases on).
 */
import { parseArgs } from "node:util";
import postgres from "postgres";
import { closeDb, openDatabase, setHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { moderationSummary } from "@/features/moderation/reports";
import type { Viewer } from "@/features/accounts/viewer";
import { compileMatcher, type ListedWord } from "@/lib/moderation/matcher";

const { values: opts } = parseArgs({
  options: {
    words: { type: "string", default: "10000" },
    logs: { type: "string", default: "1000000" },
    users: { type: "string", default: "10000" },
    runs: { type: "string", default: "300" },
    "naive-runs": { type: "string", default: "15" },
    "skip-db": { type: "boolean", default: false },
  },
});
const WORDS = Number(opts.words);
const LOGS = Number(opts.logs);
const USERS = Number(opts.users);
const RUNS = Number(opts.runs);
const NAIVE_RUNS = Number(opts["naive-runs"]);

// A fixed pseudo-random sequence, so every run measures the same input.
let seed = 20261127;
function rnd(): number {
  // mulberry32: 32-bit integer arithmetic, so the sequence does not decay in floating point.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const pseudoWord = (min: number, max: number) => Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => LETTERS[Math.floor(rnd() * 26)]).join("");

const VOCABULARY = (
  "the a to and of in for on with at by from up about into over after remember buy call book plan review finish send " +
  "write read clean fix pay check order pick drop email meeting report invoice budget garden groceries dentist doctor " +
  "school project deadline weekend morning evening tomorrow today monday friday kitchen car bike trip hotel flight " +
  "ticket birthday present party dinner lunch coffee team client draft notes slides numbers taxes insurance bank"
).split(" ");

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

function time(runs: number, fn: () => unknown, warmup = 20): { median: number; p99: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return stats(times);
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return stats(times);
}

const ms = (n: number) => `${n.toFixed(3)} ms`;

function benchMatcher() {
  const listed: ListedWord[] = [];
  const spellings = new Set<string>();
  while (listed.length < WORDS) {
    const word = pseudoWord(5, 10);
    if (spellings.has(word)) continue;
    spellings.add(word);
    listed.push({ id: String(listed.length), word, mode: listed.length % 10 === 0 ? "substring" : "word", action: "log" });
  }
  let text = "";
  while (text.length < 10_240) {
    text += VOCABULARY[Math.floor(rnd() * VOCABULARY.length)]! + (rnd() < 0.08 ? ". " : " ");
    // A few real hits, one of them disguised, so the scan has something to report.
    if (text.length % 2_500 < 8) text += `${listed[Math.floor(rnd() * WORDS)]!.word} `;
  }
  text = text.slice(0, 10_240);
  text += ` ${listed[7]!.word.split("").join(".")}`;

  const built = performance.now();
  const matcher = compileMatcher(listed, ["assessment", "scunthorpe"]);
  const buildMs = performance.now() - built;
  const hits = matcher.scan({ description: text }).length;
  const fast = time(RUNS, () => matcher.scan({ description: text }));

  // The seed project's approach: one case-insensitive regex per word, compiled once, run in a loop.
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const regexes = listed.map((w) => new RegExp(w.mode === "word" ? `\\b${escape(w.word)}\\b` : escape(w.word), "i"));
  const naiveHits = regexes.filter((r) => r.test(text)).length;
  const naive = time(NAIVE_RUNS, () => regexes.filter((r) => r.test(text)).length, 1);

  console.log(`\nScanning ${text.length.toLocaleString("en")} characters against ${WORDS.toLocaleString("en")} words`);
  console.log(`  matcher build (once per list version): ${ms(buildMs)}`);
  console.log(`  matcher (Aho-Corasick, normalised): median ${ms(fast.median)}  p99 ${ms(fast.p99)}  (${hits} hits)`);
  console.log(`  naive loop, one regex per word:      median ${ms(naive.median)}  p99 ${ms(naive.p99)}  (${naiveHits} hits, no evasion handling)`);
  console.log(`  ratio (naive / matcher, median):     ${(naive.median / fast.median).toFixed(1)}x`);
  console.log(`  SPEC §11 target < 1 ms median: ${fast.median < 1 ? "met" : "NOT met"}`);
}

async function benchSummary() {
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `warden_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString(), maxConnections: 4 });
  try {
    await migrate(handle);
    const sql = handle.sql!;
    const seeded = performance.now();
    await sql`INSERT INTO users (id, email, name, password_hash)
              SELECT gen_random_uuid(), 'bench-' || g || '@example.com', 'Bench ' || g, 'x' FROM generate_series(1, ${USERS}) g`;
    await sql`INSERT INTO banned_words (id, word, match_mode, action)
              SELECT gen_random_uuid(), 'word' || g, 'word', 'log' FROM generate_series(1, ${WORDS}) g`;
    // Skewed like real offenders: a few users hit often, each with a handful of words, over 90 days.
    await sql`CREATE TEMP TABLE bench_users AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM users`;
    await sql`INSERT INTO moderation_logs (id, user_id, word, matched_text, field, action, created_at)
              SELECT gen_random_uuid(), u.id, 'word' || (1 + (u.n * 7 + floor(random() * 8)::int) % 200), 'matched', 'title', 'log',
                     now() - random() * interval '90 days'
              FROM (SELECT floor(${USERS} * power(random(), 2))::int AS n FROM generate_series(1, ${LOGS})) pick
              JOIN bench_users u ON u.n = pick.n`;
    // The counters the write path keeps up to date with every log row, built here in bulk.
    await sql`INSERT INTO moderation_daily_counts (user_id, word, day, count)
              SELECT user_id, word, date_trunc('day', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', count(*) FROM moderation_logs GROUP BY 1, 2, 3`;
    await sql`INSERT INTO moderation_word_totals (user_id, word, count) SELECT user_id, word, count(*) FROM moderation_logs GROUP BY 1, 2`;
    await sql`INSERT INTO moderation_user_totals (user_id, total) SELECT user_id, count(*) FROM moderation_logs GROUP BY 1`;
    await sql`ANALYZE`;
    const [counts] = await sql<{ logs: number; daily: number }[]>`SELECT (SELECT count(*) FROM moderation_logs)::int AS logs, (SELECT count(*) FROM moderation_daily_counts)::int AS daily`;
    const { logs, daily } = counts!;
    console.log(`\nModeration summary on PostgreSQL: ${logs.toLocaleString("en")} logs, ${USERS.toLocaleString("en")} users, ${daily.toLocaleString("en")} daily counter rows (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`);

    setHandle(handle);
    const [first] = await sql<{ id: string; email: string }[]>`SELECT id, email FROM users ORDER BY id LIMIT 1`;
    const viewer: Viewer = { id: first!.id, email: first!.email, name: "Bench", role: "admin", isBanned: false, banReason: null, sessionId: first!.id, via: "token" };
    const some = (await sql<{ id: string }[]>`SELECT user_id AS id FROM moderation_user_totals ORDER BY total DESC LIMIT 10`).map((r) => r.id);
    const runs = Math.max(10, Math.floor(RUNS / 10));
    const cases: [string, Parameters<typeof moderationSummary>[1]][] = [
      ["default (all time, top 100 users)", { limit: 100 }],
      ["?since= 7 days ago (mid-day)", { limit: 100, since: new Date(Date.now() - 7 * 86_400_000) }],
      ["?since= 30 days ago", { limit: 100, since: new Date(Date.now() - 30 * 86_400_000) }],
      ["?user_id= ×10", { limit: 100, user_id: some }],
    ];
    for (const [label, query] of cases) {
      const result = await timeAsync(runs, () => moderationSummary(viewer, query));
      console.log(`  ${label.padEnd(36)} median ${ms(result.median)}  p99 ${ms(result.p99)}`);
    }
    const raw = await timeAsync(5, () => sql`SELECT user_id, word, count(*) FROM moderation_logs GROUP BY 1, 2`);
    console.log(`  (for comparison, GROUP BY over the raw logs: median ${ms(raw.median)})`);
    console.log(`  SPEC §11 target < 50 ms: see the default line`);
  } finally {
    setHandle(undefined);
    await handle.close();
    await closeDb().catch(() => {});
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  }
}

async function main() {
  benchMatcher();
  if (!opts["skip-db"]) await benchSummary();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
