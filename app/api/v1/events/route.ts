/**
 * GET /api/v1/events — Server-Sent Events: the live events the caller may see (admins: all;
 * users: their own rows). A `user.banned` for the caller ends the stream.
 */
import { route } from "@/lib/api/handler";
import { subscribe, type FeedEvent } from "@/lib/events/feed";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

export const GET = route("user", async ({ request, viewer }) => {
  const encoder = new TextEncoder();
  const visible = (e: FeedEvent) => viewer.role === "admin" || e.audience_user_id === viewer.id;
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send(`retry: 2000\n: connected\n\n`);
      const unsubscribe = subscribe((event) => {
        if (!visible(event)) return;
        send(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        if (event.type === "user.banned" && event.row_id === viewer.id) cleanup();
      });
      const heartbeat = setInterval(() => send(`: keep-alive\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        cleanup = () => {};
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      request.signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
