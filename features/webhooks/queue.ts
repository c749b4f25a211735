import { sendJob } from "@/lib/jobs/engine";
import { DELIVER_JOB, DISPATCH_JOB } from "./jobs";

/** Queues one delivery attempt (call after the delivery's transaction committed). */
export async function enqueueDelivery(deliveryId: string): Promise<void> {
  await sendJob(DELIVER_JOB, { deliveryId });
}

let last = 0;
/** Asks for a dispatch pass soon; at most one nudge a second per process (the queue keeps one). */
export function nudgeDispatch(): void {
  const now = Date.now();
  if (now - last < 1_000) return;
  last = now;
  void sendJob(DISPATCH_JOB).catch(() => {});
}
