/**
 * Every job the engine runs, one line each (Celery's task registry + beat schedule).
 * Add a feature's job here; `manage run-jobs --once` runs each one that has a cron.
 */
import { spawnRecurringTodosJob } from "@/features/todos/recurrence-job";
import { deliverWebhookJob, dispatchWebhooksJob } from "@/features/webhooks/jobs";
import { pruneExpiredJob } from "@/lib/maintenance-job";
import type { JobDefinition } from "./define";

export const jobCatalog: readonly JobDefinition[] = [
  spawnRecurringTodosJob as JobDefinition,
  dispatchWebhooksJob as JobDefinition,
  deliverWebhookJob as JobDefinition,
  pruneExpiredJob as JobDefinition,
];
