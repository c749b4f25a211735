import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, transaction } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import type { Viewer } from "@/features/accounts/viewer";
import { todoModel } from "@/features/todos/model";
import { createWebhook, listDeliveries, markForRedelivery } from "@/features/webhooks/data";
import { attemptDelivery, dispatchPendingEvents, matches } from "@/features/webhooks/relay";
import { assertDeliverable, isPrivateAddress } from "@/features/webhooks/ssrf";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createRow } from "@/lib/write-path";
import { makeUser, testActor } from "../factories";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let failNext = 0;
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    received.push({ headers: req.headers, body });
    if (failNext > 0) {
      failNext--;
      res.writeHead(503).end("try later");
    } else res.writeHead(200).end("ok");
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function admin(): Promise<Viewer> {
  const user = await makeUser({ role: "admin" });
  return { id: user.id, email: user.email, name: user.name, role: "admin", isBanned: false, banReason: null, sessionId: "test", via: "token" };
}
const page = { page: 1, page_size: 20 };

describe("webhooks", () => {
  it("delivers each event once, signed with the subscription's secret", async () => {
    const viewer = await admin();
    await dispatchPendingEvents(10_000); // events written before the subscription are not sent
    const hook = await createWebhook(viewer, { url, event_types: ["todo.*"] }, testActor);
    const todo = await transaction(async (tx) => (await createRow(tx, todoModel, { ownerId: viewer.id, title: "Hooked" }, testActor)).after);
    const ids = await dispatchPendingEvents();
    expect(ids).toHaveLength(1);
    expect(await dispatchPendingEvents()).toEqual([]);
    const result = await attemptDelivery(ids[0]!);
    expect(result).toMatchObject({ ok: true, status: 200 });
    const last = received.at(-1)!;
    expect(last.headers["x-warden-event"]).toBe("todo.created");
    const expected = `sha256=${createHmac("sha256", hook.secret).update(last.body).digest("hex")}`;
    expect(last.headers["x-warden-signature"]).toBe(expected);
    expect(JSON.parse(last.body)).toMatchObject({ type: "todo.created", data: { id: todo.id } });
    const log = await listDeliveries(viewer, hook.id, page);
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]).toMatchObject({ status: "succeeded", attempts: 1, response_status: 200 });
  });

  it("records a failed attempt and can redeliver it", async () => {
    const viewer = await admin();
    await dispatchPendingEvents(10_000);
    const hook = await createWebhook(viewer, { url, event_types: ["todo.created"] }, testActor);
    await transaction((tx) => createRow(tx, todoModel, { ownerId: viewer.id, title: "Flaky" }, testActor));
    await dispatchPendingEvents();
    const id = (await listDeliveries(viewer, hook.id, page)).rows[0]?.id;
    failNext = 1;
    expect(await attemptDelivery(id!)).toMatchObject({ ok: false, status: 503 });
    const [failed] = await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id!));
    expect(failed).toMatchObject({ status: "failed", attempts: 1, error: "HTTP 503" });
    expect((await markForRedelivery(viewer, id!, testActor)).status).toBe("pending");
    expect(await attemptDelivery(id!)).toMatchObject({ ok: true });
    const log = await listDeliveries(viewer, hook.id, page);
    expect(log.rows[0]).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("refuses private and loopback targets unless allowed", async () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "192.168.0.9", "169.254.169.254", "::1", "fd00::1", "::ffff:127.0.0.1"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    expect(isPrivateAddress("93.184.216.34")).toBe(false);
    await expect(assertDeliverable("http://127.0.0.1:9/x", false)).rejects.toThrow(/private or loopback/);
    await expect(assertDeliverable("ftp://example.com/x", false)).rejects.toThrow(/http and https/);
    await expect(assertDeliverable("http://127.0.0.1:9/x", true)).resolves.toBeUndefined();
  });

  it("validates the subscription and is for admins only", async () => {
    const viewer = await admin();
    await expect(createWebhook(viewer, { url: "not a url" }, testActor)).rejects.toBeInstanceOf(ValidationError);
    await expect(createWebhook(viewer, { url, event_types: ["Bad Type"] }, testActor)).rejects.toBeInstanceOf(ValidationError);
    await expect(createWebhook({ ...viewer, role: "user" }, { url }, testActor)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("matches event types exactly or by prefix, and never sends delivery events", () => {
    expect(matches([], "todo.created")).toBe(true);
    expect(matches(["todo.*"], "todo.updated")).toBe(true);
    expect(matches(["todo.created"], "todo.updated")).toBe(false);
    expect(matches([], "webhook_delivery.updated")).toBe(false);
  });
});

describe("webhook jobs", () => {
  it("dispatch queues a delivery job per new delivery, and the deliver job fails (for a retry) until the endpoint answers 2xx", async () => {
    const { dispatchWebhooksJob, deliverWebhookJob } = await import("@/features/webhooks/jobs");
    const { startEngine, stopEngine } = await import("@/lib/jobs/engine");
    const viewer = await admin();
    await dispatchPendingEvents(10_000);
    const hook = await createWebhook(viewer, { url, event_types: ["todo.created"] }, testActor);
    await transaction((tx) => createRow(tx, todoModel, { ownerId: viewer.id, title: "Queued" }, testActor));
    // The engine with no workers: jobs are queued, and run by hand here.
    const engine = await startEngine({ jobs: [dispatchWebhooksJob, deliverWebhookJob], workers: false, schedules: false });
    try {
      const summary = await dispatchWebhooksJob.run({}, { jobId: "t", now: new Date(), retryCount: 0 });
      expect(summary).toMatch(/^[1-9]\d* deliveries queued$/);
      const queued = await engine.boss.fetch<{ deliveryId: string }>("webhooks.deliver", { batchSize: 50 });
      const ids = (await listDeliveries(viewer, hook.id, page)).rows.map((d) => d.id);
      expect(queued?.map((j) => j.data.deliveryId)).toEqual(expect.arrayContaining(ids));
      failNext = 1;
      await expect(deliverWebhookJob.run({ deliveryId: ids[0]! }, { jobId: "t", now: new Date(), retryCount: 0 })).rejects.toThrow(/failed: HTTP 503/);
      await expect(deliverWebhookJob.run({ deliveryId: ids[0]! }, { jobId: "t", now: new Date(), retryCount: 1 })).resolves.toMatch(/^delivered/);
    } finally {
      await stopEngine();
    }
  });
});
