"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const TYPES = ["todo.created", "todo.updated", "todo.deleted", "tag.updated", "tag.deleted"];

/**
 * Live updates: re-renders the page (server data, no full reload) when one of the viewer's
 * todos changes elsewhere — another tab, the API, the repeat job. Typed input is kept.
 */
export function LiveRefresh() {
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/v1/events");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 300);
    };
    for (const type of TYPES) source.addEventListener(type, refresh);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [router]);
  return (
    <p className="sr-only" data-testid="live-status" data-connected={connected}>
      {connected ? "This list updates live." : ""}
    </p>
  );
}
