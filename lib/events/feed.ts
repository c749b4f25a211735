/**
 * The live feed of outbox events for this process (SSE, the admin's live views).
 * Every write notifies `warden_events` in its transaction, so each instance hears about a
 * commit anywhere (LISTEN/NOTIFY on PostgreSQL; in-process on PGlite) and reads the new
 * rows from the outbox. A poll every few seconds covers a missed notification. Rows are read
 * with a look-back window and de-duplicated by id, because a transaction that started earlier
 * can commit later (ids are time-ordered by creation, not by commit).
 */
import { and, asc, gte } from "drizzle-orm";
import { getDb, getHandle } from "@/db/client";
import { events } from "@/db/schema";
import { log } from "@/lib/log";
import { EVENTS_CHANNEL } from "@/lib/write-path";

export interface FeedEvent {
  id: string;
  type: string;
  table_name: string;
  row_id: string;
  actor_id: string | null;
  audience_user_id: string | null;
  payload: Record<string, unknown>;
  created_at: string;
}

type Listener = (event: FeedEvent) => void;

/** How late a transaction may commit after its rows were stamped and still be seen. */
const LATE_COMMIT_MS = 10_000;
const LOOKBACK_MS = 60_000;
const FALLBACK_POLL_MS = 3_000;

class Feed {
  private listeners = new Set<Listener>();
  private seen = new Map<string, number>();
  private started = false;
  private highWater = 0;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private polling: Promise<void> | null = null;
  private again = false;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) void this.stop();
    };
  }

  private async start() {
    if (this.started) return;
    this.started = true;
    this.highWater = Date.now() - LATE_COMMIT_MS;
    try {
      this.unlisten = await getHandle().listen(EVENTS_CHANNEL, () => void this.poll());
    } catch (err) {
      log.warn("live feed: LISTEN failed, polling only", { error: String(err) });
    }
    this.timer = setInterval(() => void this.poll(), FALLBACK_POLL_MS);
    this.timer.unref?.();
  }

  private async stop() {
    this.started = false;
    clearInterval(this.timer);
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    await unlisten?.().catch(() => {});
  }

  /** Reads new outbox rows; concurrent calls coalesce into one more pass. */
  poll(): Promise<void> {
    if (this.polling) {
      this.again = true;
      return this.polling;
    }
    this.polling = (async () => {
      do {
        this.again = false;
        await this.pass().catch((err) => log.warn("live feed: poll failed", { error: String(err) }));
      } while (this.again);
      this.polling = null;
    })();
    return this.polling;
  }

  private async pass() {
    const now = Date.now();
    const from = new Date(Math.max(this.highWater - LATE_COMMIT_MS, now - LOOKBACK_MS));
    const rows = await getDb()
      .select()
      .from(events)
      .where(and(gte(events.createdAt, from)))
      .orderBy(asc(events.createdAt), asc(events.id))
      .limit(5_000);
    for (const row of rows) {
      this.highWater = Math.max(this.highWater, row.createdAt.getTime());
      if (this.seen.has(row.id)) continue;
      this.seen.set(row.id, now);
      const event: FeedEvent = {
        id: row.id,
        type: row.type,
        table_name: row.tableName,
        row_id: row.rowId,
        actor_id: row.actorId,
        audience_user_id: row.audienceUserId,
        payload: row.payload,
        created_at: row.createdAt.toISOString(),
      };
      for (const listener of this.listeners) listener(event);
    }
    for (const [id, at] of this.seen) if (at < now - 2 * LOOKBACK_MS) this.seen.delete(id);
  }
}

const globalForFeed = globalThis as unknown as { __wardenFeed?: Feed };

export function subscribe(listener: Listener): () => void {
  globalForFeed.__wardenFeed ??= new Feed();
  return globalForFeed.__wardenFeed.subscribe(listener);
}
