import type { Command } from "commander";
import type { DbHandle } from "@/db/client";
import { jobCatalog } from "@/lib/jobs/catalog";
import { createEngine } from "@/lib/jobs/engine";
import { CliError, withDb } from "../db";

/** Runs the engine (workers and cron) until SIGINT/SIGTERM, then stops it cleanly. */
export async function runEngineUntilSignal(handle: DbHandle, label: string): Promise<void> {
  const engine = await createEngine({ handle, jobs: jobCatalog });
  console.log(`${label}: running ${jobCatalog.map((j) => j.name).join(", ")} on ${handle.kind}. Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  console.log(`${label}: stopping (jobs still running get up to 10 s)...`);
  await engine.stop();
}

export function registerJobs(program: Command) {
  program
    .command("run-jobs")
    .description("run the job engine until Ctrl-C; with --once, run one pass of every periodic job and exit")
    .option("--once", "run each periodic job once, print what it did, and exit")
    .option("--job <name>", "with --once: only this job")
    .action(
      withDb(async (handle, opts: { once?: boolean; job?: string }) => {
        if (!opts.once) {
          if (opts.job) throw new CliError("--job only goes with --once.");
          return runEngineUntilSignal(handle, "run-jobs");
        }
        const jobs = jobCatalog.filter((j) => j.cron && (!opts.job || j.name === opts.job));
        if (opts.job && jobs.length === 0) {
          throw new CliError(`No periodic job named ${opts.job}. Known: ${jobCatalog.filter((j) => j.cron).map((j) => j.name).join(", ")}.`);
        }
        for (const job of jobs) {
          const started = Date.now();
          const summary = await job.run({}, { jobId: "once", now: new Date(), retryCount: 0 });
          console.log(`${job.name}: ${summary} (${Date.now() - started} ms)`);
        }
      }),
    );
}
