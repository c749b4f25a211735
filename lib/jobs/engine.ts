/**
 * The job engine (Celery + beat): pg-boss 10 in its own schema (`pgboss`) of the app's
 * database. On PostgreSQL it opens its own small pool; on embedded PGlite it runs inside
 * the server process through lib/jobs/pglite-adapter.ts. Cron schedules live in the
 * database and pg-boss fires each at most once per minute across every instance, so
 * several app instances and workers can all run the engine. Jobs must still be idempotent.
 */
import PgBoss from "pg-boss";
import { getHandle, type DbHandle } from "@/db/client";
import { log } from "@/lib/log";
import type { JobDefinition } from "./define";
import { pgliteExecutor } from "./pglite-adapter";

export const JOBS_SCHEMA = "pgboss";

export interface EngineOptions {
  /** The database; default the process's. */
  handle?: DbHandle;
  jobs: readonly JobDefinition[];
  /** Run workers for the jobs (default true). */
  workers?: boolean;
  /** Register the jobs' cron schedules and run pg-boss's cron clock (default true). */
  schedules?: boolean;
  /** Seconds between polls of each worker (default 2). */
  pollingIntervalSeconds?: number;
  /** Seconds between pg-boss's cron checks and its moves of due cron runs (default 30 and 5; tests use 1). */
  cronIntervalSeconds?: number;
}

export interface Engine {
  boss: PgBoss;
  jobs: ReadonlyMap<string, JobDefinition>;
  /**
   * Stops fetching and the cron clock. Graceful (default): waits up to 10 s for running jobs.
   * Not graceful: marks running jobs failed at once, so they are retried (with backoff).
   */
  stop(options?: { graceful?: boolean }): Promise<void>;
}

function bossFor(handle: DbHandle, role: "engine" | "producer", schedules = false, cronIntervalSeconds?: number): PgBoss {
  const common = {
    schema: JOBS_SCHEMA,
    schedule: role === "engine" && schedules,
    ...(cronIntervalSeconds ? { cronMonitorIntervalSeconds: cronIntervalSeconds, cronWorkerIntervalSeconds: cronIntervalSeconds } : {}),
    // Maintenance (expiry, archiving) is safe on every instance: pg-boss takes an advisory lock.
    supervise: role === "engine",
    migrate: true,
  };
  if (handle.kind === "pglite") {
    if (!handle.pglite) throw new Error("The embedded database handle has no PGlite instance.");
    return new PgBoss({ ...common, db: pgliteExecutor(handle.pglite) as unknown as PgBoss.Db });
  }
  if (!handle.url) throw new Error("The job engine needs the PostgreSQL URL of the database handle.");
  return new PgBoss({ ...common, connectionString: handle.url, max: 4, application_name: "warden-jobs" });
}

async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
  const queue = {
    name: job.name,
    policy: job.policy ?? "standard",
    retryLimit: job.retryLimit ?? 3,
    retryDelay: job.retryDelay ?? 30,
    retryBackoff: job.retryBackoff ?? true,
    expireInSeconds: job.expireInSeconds ?? 15 * 60,
  } as const;
  if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
  else await boss.createQueue(job.name, queue);
}

/** Runs one job definition for a pg-boss job: the same code path as `run-jobs --once`. */
async function runPgJob(job: JobDefinition, pgJob: PgBoss.JobWithMetadata<object>): Promise<string> {
  const started = Date.now();
  try {
    const summary = await job.run(pgJob.data ?? {}, { jobId: pgJob.id, now: new Date(), retryCount: pgJob.retryCount });
    log.debug("job done", { job: job.name, id: pgJob.id, ms: Date.now() - started, summary });
    return summary;
  } catch (err) {
    log.error("job failed", { job: job.name, id: pgJob.id, attempt: pgJob.retryCount + 1, error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
}

export async function createEngine(options: EngineOptions): Promise<Engine> {
  const handle = options.handle ?? getHandle();
  const workers = options.workers ?? true;
  const schedules = options.schedules ?? true;
  const boss = bossFor(handle, "engine", schedules, options.cronIntervalSeconds);
  boss.on("error", (err: Error) => log.error("job engine error", { error: err.message }));
  await boss.start();
  const jobs = new Map(options.jobs.map((j) => [j.name, j]));
  for (const job of options.jobs) {
    await ensureQueue(boss, job);
    if (workers) {
      await boss.work<object>(
        job.name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: job.batchSize ?? 1, includeMetadata: true },
        async (batch) => Promise.all(batch.map((pgJob) => runPgJob(job, pgJob))),
      );
    }
    if (schedules && job.cron) await boss.schedule(job.name, job.cron(), {}, { tz: "UTC" });
  }
  log.info("job engine started", { database: handle.kind, workers, schedules, jobs: [...jobs.keys()] });
  let stopping: Promise<void> | null = null;
  return {
    boss,
    jobs,
    stop: ({ graceful = true } = {}) =>
      (stopping ??= (async () => {
        // Not graceful-forever: a job still running after the timeout is failed and retried later.
        await boss.stop({ graceful, timeout: 10_000, wait: true }).catch((err: Error) => log.error("job engine stop failed", { error: err.message }));
        log.info("job engine stopped");
      })()),
  };
}

// One engine per process, whatever number of copies of this module Next loads.
const globalForEngine = globalThis as unknown as { __wardenEngine?: Promise<Engine> };

/** Starts the process's engine once; later calls return the same one. */
export function startEngine(options: EngineOptions): Promise<Engine> {
  globalForEngine.__wardenEngine ??= createEngine(options).catch((err: unknown) => {
    globalForEngine.__wardenEngine = undefined;
    throw err;
  });
  return globalForEngine.__wardenEngine;
}

export async function stopEngine(options?: { graceful?: boolean }): Promise<void> {
  const engine = globalForEngine.__wardenEngine;
  globalForEngine.__wardenEngine = undefined;
  if (engine) await (await engine).stop(options);
}

/** The running engine of this process, if any. */
export async function runningEngine(): Promise<Engine | null> {
  return (await globalForEngine.__wardenEngine?.catch(() => null)) ?? null;
}

const globalForProducer = globalThis as unknown as { __wardenJobProducer?: Promise<PgBoss> };

/**
 * Queues a job. Uses the process's engine when it runs here; otherwise a producer (no
 * workers, no cron) on the same database, kept for the process, so a server with
 * JOBS_ENABLED=false still hands work to the worker processes.
 * Call it after the transaction that made the work has committed, never inside one: the
 * job is not part of that transaction, and on PGlite (one connection) the send would wait
 * for the open transaction forever. Work that must not be lost belongs in a table the job
 * reads (as webhook deliveries do), with the send as a nudge.
 */
export async function sendJob(name: string, data: object = {}, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const engine = await runningEngine();
  if (engine) return engine.boss.send(name, data, options);
  globalForProducer.__wardenJobProducer ??= (async () => {
    const producer = bossFor(getHandle(), "producer");
    producer.on("error", (err: Error) => log.error("job producer error", { error: err.message }));
    return producer.start();
  })().catch((err: unknown) => {
    globalForProducer.__wardenJobProducer = undefined;
    throw err;
  });
  return (await globalForProducer.__wardenJobProducer).send(name, data, options);
}

/** Stops the producer of sendJob, if one was started (before closing the database). */
export async function stopProducer(): Promise<void> {
  const producer = globalForProducer.__wardenJobProducer;
  globalForProducer.__wardenJobProducer = undefined;
  if (producer) await (await producer).stop({ graceful: false, wait: true });
}
