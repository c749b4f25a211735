/**
 * Webhook jobs: `webhooks.dispatch` turns new outbox events into deliveries (a nudge after
 * writes, and every minute as a fallback) and queues one `webhooks.deliver` job per
 * delivery, which pg-boss retries with exponential backoff until it succeeds or gives up.
 */
import { defineJob } from "@/lib/jobs/define";
import { sendJob } from "@/lib/jobs/engine";
import { attemptDelivery, dispatchPendingEvents } from "./relay";

export const DISPATCH_JOB = "webhooks.dispatch";
export const DELIVER_JOB = "webhooks.deliver";

export const dispatchWebhooksJob = defineJob({
  name: DISPATCH_JOB,
  description: "turn new outbox events into webhook deliveries",
  cron: () => "* * * * *",
  // "short": one waiting at most; passes may overlap safely (events are claimed SKIP LOCKED),
  // and a pass cut off by a killed process never blocks the next one.
  policy: "short",
  expireInSeconds: 120,
  retryLimit: 3,
  retryDelay: 5,
  async run() {
    let total = 0;
    for (let round = 0; round < 20; round++) {
      const ids = await dispatchPendingEvents();
      if (ids.length === 0 && round > 0) break;
      for (const deliveryId of ids) await sendJob(DELIVER_JOB, { deliveryId });
      total += ids.length;
      if (ids.length === 0) break;
    }
    return `${total} deliveries queued`;
  },
});

export const deliverWebhookJob = defineJob<{ deliveryId?: string }>({
  name: DELIVER_JOB,
  description: "POST one signed webhook delivery",
  retryLimit: 8,
  retryDelay: 10,
  retryBackoff: true,
  expireInSeconds: 60,
  batchSize: 4,
  async run(data) {
    if (!data.deliveryId) return "no delivery id";
    const result = await attemptDelivery(data.deliveryId);
    // Throwing fails the attempt, so pg-boss retries it with backoff.
    if (!result.ok) throw new Error(`delivery ${data.deliveryId} failed: ${result.error}`);
    return `delivered ${data.deliveryId} (${result.status})`;
  },
});
