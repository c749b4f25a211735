import { afterAll, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { SPAWN_JOB, spawnRecurringTodosJob } from "@/features/todos/recurrence-job";
import { jobCatalog } from "@/lib/jobs/catalog";
import { defineJob } from "@/lib/jobs/define";
import { createEngine, type Engine } from "@/lib/jobs/engine";

const engines: Engine[] = [];
afterAll(async () => {
  for (const engine of engines) await engine.stop();
});

async function waitFor<T>(fn: () => Promise<T | null | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the job engine (pg-boss)", () => {
  it("starts on this database, runs a sent job, and retries a failing one", async () => {
    const seen: string[] = [];
    let failuresLeft = 1;
    const echo = defineJob<{ word: string }>({
      name: "test.echo",
      description: "records its word",
      run: async ({ word }) => {
        seen.push(word);
        return word;
      },
    });
    const flaky = defineJob<{ word: string }>({
      name: "test.flaky",
      description: "fails once, then succeeds",
      retryLimit: 2,
      retryDelay: 1,
      retryBackoff: false,
      run: async ({ word }) => {
        if (failuresLeft-- > 0) throw new Error("first attempt fails");
        seen.push(word);
        return word;
      },
    });
    const engine = await createEngine({ handle: getHandle(), jobs: [echo, flaky], schedules: false, pollingIntervalSeconds: 0.5 });
    engines.push(engine);
    const id = await engine.boss.send("test.echo", { word: "hello" });
    const flakyId = await engine.boss.send("test.flaky", { word: "again" });
    const done = await waitFor(async () => {
      const job = await engine.boss.getJobById("test.echo", id!);
      return job?.state === "completed" ? job : null;
    });
    expect(done.output).toEqual({ value: ["hello"] });
    const retried = await waitFor(async () => {
      const job = await engine.boss.getJobById("test.flaky", flakyId!);
      return job?.state === "completed" ? job : null;
    });
    expect(retried.retryCount).toBe(1);
    expect(seen.sort()).toEqual(["again", "hello"]);
  });

  it("fires a cron job once per minute, even with two engines (two app instances) checking the clock every second", async () => {
    const runs: number[] = [];
    const tick = defineJob({
      name: "test.tick",
      description: "notes each run",
      cron: () => "* * * * *",
      policy: "short",
      run: async (_data, ctx) => String(runs.push(ctx.now.getTime())),
    });
    for (let i = 0; i < 2; i++) {
      engines.push(await createEngine({ handle: getHandle(), jobs: [tick], pollingIntervalSeconds: 0.5, cronIntervalSeconds: 1 }));
    }
    await waitFor(async () => runs.length > 0, 20_000);
    await new Promise((r) => setTimeout(r, 3_000));
    // Six more clock checks by each engine: still one run (a second only if a new minute began meanwhile).
    expect(runs.length).toBeLessThanOrEqual(2);
  });

  it("does not let a pass left active by a dead process hold back the next one (the spawn job's queue policy)", async () => {
    let runs = 0;
    const pass = defineJob({ name: "test.pass", description: "a periodic pass", policy: spawnRecurringTodosJob.policy, run: async () => String(++runs) });
    const dead = await createEngine({ handle: getHandle(), jobs: [pass], workers: false, schedules: false });
    engines.push(dead);
    await dead.boss.send("test.pass", {});
    expect(await dead.boss.fetch("test.pass")).toHaveLength(1); // taken, never finished
    expect(await dead.boss.send("test.pass", {})).not.toBeNull();
    expect(await dead.boss.send("test.pass", {})).toBeNull(); // one waiting run at most: no pile-up
    engines.push(await createEngine({ handle: getHandle(), jobs: [pass], schedules: false, pollingIntervalSeconds: 0.5 }));
    await waitFor(async () => runs === 1, 10_000);
  });

  it("registers the recurring-todo spawn job's schedule (every minute by default), once however many engines start", async () => {
    const a = await createEngine({ handle: getHandle(), jobs: jobCatalog, workers: false, schedules: true });
    engines.push(a, await createEngine({ handle: getHandle(), jobs: jobCatalog, workers: false, schedules: true }));
    const schedules = await a.boss.getSchedules();
    expect(schedules.filter((s) => s.name === SPAWN_JOB).map((s) => s.cron)).toEqual(["* * * * *"]);
    const queue = await a.boss.getQueue(SPAWN_JOB);
    expect(queue).toMatchObject({ policy: "short", retryLimit: 2 });
  });
});
