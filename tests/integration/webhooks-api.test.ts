import { describe, expect, it } from "vitest";
import * as deliveriesRoute from "@/app/api/v1/admin/webhooks/[id]/deliveries/route";
import * as redeliverRoute from "@/app/api/v1/admin/webhooks/deliveries/[id]/redeliver/route";
import * as webhooksRoute from "@/app/api/v1/admin/webhooks/route";
import { transaction } from "@/db/client";
import { issueTokenPairForUser } from "@/features/accounts/api-tokens";
import { todoModel } from "@/features/todos/model";
import { dispatchPendingEvents } from "@/features/webhooks/relay";
import { createRow } from "@/lib/write-path";
import { makeUser, testActor } from "../factories";
import { call } from "./accounts-helpers";

const meta = { ip: "10.8.8.8", userAgent: "vitest", requestId: null, origin: null };

async function tokenFor(role: "user" | "admin") {
  const user = await makeUser({ role });
  return { user, token: (await issueTokenPairForUser(user, meta)).access };
}

describe("admin webhooks API", () => {
  it("creates a subscription (201) with its signing secret, and lists it paginated", async () => {
    const { token } = await tokenFor("admin");
    const created = await call(webhooksRoute.POST, "/api/v1/admin/webhooks", {
      token,
      body: { url: "http://127.0.0.1:9/hook", event_types: ["todo.*"], description: "CI" },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ url: "http://127.0.0.1:9/hook", event_types: ["todo.*"], is_active: true });
    expect(String(created.json?.secret)).toMatch(/^whsec_/);
    const list = await call(webhooksRoute.GET, "/api/v1/admin/webhooks", { token, query: "?page_size=1" });
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ pagination: { page: 1, page_size: 1 } });
    expect((list.json?.data as unknown[]).length).toBe(1);
  });

  it("answers 422 with field errors for a bad subscription", async () => {
    const { token } = await tokenFor("admin");
    const bad = await call(webhooksRoute.POST, "/api/v1/admin/webhooks", { token, body: { url: "nope", event_types: ["x"] } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json?.error?.fields ?? {})).toEqual(expect.arrayContaining(["url", "event_types.0"]));
  });

  it("is for admins only: 401 anonymous, 403 users", async () => {
    const { token } = await tokenFor("user");
    expect((await call(webhooksRoute.GET, "/api/v1/admin/webhooks")).status).toBe(401);
    const forbidden = await call(webhooksRoute.GET, "/api/v1/admin/webhooks", { token });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json?.error?.code).toBe("permission_denied");
  });

  it("lists a subscription's deliveries and puts one back in the queue", async () => {
    const { user, token } = await tokenFor("admin");
    await dispatchPendingEvents(10_000);
    const created = await call(webhooksRoute.POST, "/api/v1/admin/webhooks", { token, body: { url: "http://127.0.0.1:9/hook", event_types: ["todo.created"] } });
    const id = String(created.json?.id);
    await transaction((tx) => createRow(tx, todoModel, { ownerId: user.id, title: "Delivered?" }, testActor));
    await dispatchPendingEvents();
    const deliveries = await call(deliveriesRoute.GET, `/api/v1/admin/webhooks/${id}/deliveries`, { token, params: { id } });
    expect(deliveries.status).toBe(200);
    const [delivery] = deliveries.json?.data as { id: string; status: string; event_type: string }[];
    expect(delivery).toMatchObject({ status: "pending", event_type: "todo.created" });
    const again = await call(redeliverRoute.POST, `/api/v1/admin/webhooks/deliveries/${delivery!.id}/redeliver`, { token, params: { id: delivery!.id }, body: {} });
    expect(again.status).toBe(202);
    expect(again.json).toMatchObject({ id: delivery!.id, status: "pending" });
    expect((await call(deliveriesRoute.GET, "/api/v1/admin/webhooks/x/deliveries", { token, params: { id: "not-a-uuid" } })).status).toBe(404);
  });
});
