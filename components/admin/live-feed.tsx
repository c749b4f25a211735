"use client";
/**
 * The live moderation feed: the latest hits, then each new one as the events stream
 * (/api/v1/events, SSE) delivers it, newest first. EventSource reconnects by itself.
 */
import Link from "next/link";
import { useEffect, useState } from "react";
import type { RecentHit } from "@/features/admin/dashboard";
import { cardClass } from "./styles";

interface FeedEvent {
  id: string;
  type: string;
  row_id: string;
  created_at: string;
  payload: { row?: Record<string, unknown> | null };
}

const HIT_TYPES = ["moderation_log.created", "moderation.hit"];
const KEEP = 20;

function hitOf(event: FeedEvent): RecentHit | null {
  const row = event.payload?.row;
  if (!row || typeof row.user_id !== "string") return null;
  return {
    id: String(row.id ?? event.row_id),
    userId: row.user_id,
    email: null,
    word: String(row.word ?? ""),
    matchedText: String(row.matched_text ?? ""),
    field: String(row.field ?? ""),
    createdAt: String(row.created_at ?? event.created_at),
  };
}

export function LiveFeed({ initial }: { initial: RecentHit[] }) {
  const [hits, setHits] = useState(initial);
  const [status, setStatus] = useState<"connecting" | "live" | "reconnecting">("connecting");

  useEffect(() => {
    const source = new EventSource("/api/v1/events");
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus("reconnecting");
    const onHit = (message: MessageEvent<string>) => {
      let hit: RecentHit | null = null;
      try {
        hit = hitOf(JSON.parse(message.data) as FeedEvent);
      } catch {
        return;
      }
      if (hit) setHits((previous) => [hit, ...previous.filter((h) => h.id !== hit.id)].slice(0, KEEP));
    };
    for (const type of HIT_TYPES) source.addEventListener(type, onHit);
    return () => source.close();
  }, []);

  return (
    <section aria-labelledby="live-feed-heading" className={cardClass}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id="live-feed-heading" className="text-lg font-semibold">
          Live moderation feed
        </h2>
        <span className="flex items-center gap-2 text-sm" data-testid="live-status">
          <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${status === "live" ? "bg-emerald-600" : "bg-amber-500"}`} />
          {status === "live" ? "Live" : status === "connecting" ? "Connecting…" : "Reconnecting…"}
        </span>
      </div>
      {hits.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No hits yet. New ones appear here as they happen.</p> : null}
      <ol aria-live="polite" aria-label="Moderation hits, newest first" className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800" data-testid="live-feed">
        {hits.map((hit) => (
          <li key={hit.id} className="py-2 text-sm">
            <p>
              <strong>{hit.word}</strong> matched “<span className="break-words">{hit.matchedText}</span>” in the {hit.field}
            </p>
            <p className="text-slate-600 dark:text-slate-400">
              <Link href={`/admin/users/${hit.userId}`}>{hit.email ?? `user ${hit.userId.slice(0, 8)}…`}</Link> ·{" "}
              <time dateTime={hit.createdAt}>{hit.createdAt.replace("T", " ").slice(0, 19)} UTC</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
