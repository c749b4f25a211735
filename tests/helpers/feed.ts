import { subscribe, type FeedEvent } from "@/lib/events/feed";

export function collect() {
  const received: FeedEvent[] = [];
  const unsubscribe = subscribe((e) => received.push(e));
  return { received, unsubscribe };
}

export async function until(check: () => boolean, ms = 2_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
