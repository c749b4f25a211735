/**
 * A job's registration with the engine (Celery's @task + beat entry): its queue name, what
 * one run does, how failures are retried, and an optional cron schedule. Jobs live with
 * their feature (features/<entity>/*-job.ts) and are listed once in lib/jobs/catalog.ts.
 */
export interface JobContext {
  /** pg-boss's job id; "once" for a direct run (`manage run-jobs --once`). */
  jobId: string;
  /** The clock for this run. */
  now: Date;
  /** 0 on the first attempt. */
  retryCount: number;
}

export interface JobDefinition<T extends object = object> {
  /** Queue name, `<feature>.<verb>` (pg-boss allows letters, digits, `-`, `_`, `.` and `/`). */
  name: string;
  description: string;
  /** Returns a short summary for logs and `run-jobs --once`. Throwing fails the attempt (retried). */
  run(data: T, ctx: JobContext): Promise<string>;
  /** Cron expression (UTC) for a periodic job; `run-jobs --once` runs every periodic job once. */
  cron?: () => string;
  /** Attempts after the first (default 3). */
  retryLimit?: number;
  /** Seconds before the first retry (default 30); doubled each time when retryBackoff. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** A run still active after this is failed and retried (default 15 min). */
  expireInSeconds?: number;
  /**
   * pg-boss queue policy (default "standard"). "short" (at most one waiting) suits periodic
   * passes: a slow pass never piles up copies of itself. Beware "stately"/"singleton" for
   * them: a run left active by a killed process blocks the next ones until it expires.
   */
  policy?: "standard" | "short" | "singleton" | "stately";
  /** Jobs fetched per poll and handled in parallel by one worker (default 1). */
  batchSize?: number;
}

export function defineJob<T extends object>(job: JobDefinition<T>): JobDefinition<T> {
  return job;
}
