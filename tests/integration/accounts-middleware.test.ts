import { NextRequest } from "next/server";
import * as me from "@/app/api/v1/me/route";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transaction } from "@/db/client";
import { env } from "@/env";
import { issueTokenPairForUser } from "@/features/accounts/api-tokens";
import { startSession } from "@/features/accounts/login";
import { revokeSessionsOfUser } from "@/features/accounts/sessions";
import { userModel } from "@/features/users/model";
import { readViewer, signViewer, VIEWER_HEADER } from "@/features/accounts/viewer-header";
import { gate, type SessionClaims } from "@/lib/middleware/gate";
import { hit, pruneRateLimits } from "@/lib/rate-limit";
import { updateRow } from "@/lib/write-path";
import { makeUser, testActor } from "../factories";

const meta = { ip: "10.1.1.1", userAgent: "vitest", requestId: null, origin: null };

function request(path: string, init: { token?: string } = {}) {
  const headers = new Headers({ host: "127.0.0.1:3301" });
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  return new NextRequest(`http://localhost:3301${path}`, { headers });
}

async function browserSession(): Promise<{ userId: string; claims: SessionClaims }> {
  const user = await makeUser();
  const session = await transaction((tx) => startSession(tx, user, "browser", meta, 60_000));
  return { userId: user.id, claims: { userId: user.id, sessionId: session.id } };
}

describe("the middleware gate", () => {
  it("sends an anonymous visitor of a user page to log in, on the host they used, with a return path", async () => {
    const res = await gate(request("/profile?tab=1"), null, "req-1");
    expect(res?.status).toBe(307);
    expect(res?.headers.get("location")).toBe("http://127.0.0.1:3301/login?next=%2Fprofile%3Ftab%3D1");
  });

  it("lets public pages and public API routes through without credentials", async () => {
    expect(await gate(request("/"), null, "r")).toBeNull();
    expect(await gate(request("/login"), null, "r")).toBeNull();
    expect(await gate(request("/api/v1/auth/token"), null, "r")).toBeNull();
    expect(await gate(request("/api/v1/openapi.json"), null, "r")).toBeNull();
  });

  it("answers a signed-in user who is not an admin with a 403 page on admin pages, and lets an admin through", async () => {
    const { claims } = await browserSession();
    for (const path of ["/admin", "/admin/users", "/admin/users/export.csv"]) {
      const res = await gate(request(path), claims, "r");
      expect(res?.status, path).toBe(403);
      expect(await res?.text()).toContain("Admins only");
    }
    const admin = await makeUser({ role: "admin" });
    const session = await transaction((tx) => startSession(tx, admin, "browser", meta, 60_000));
    expect(await gate(request("/admin/users"), { userId: admin.id, sessionId: session.id }, "r")).toBeNull();
  });

  it("resolves an API caller once: the gate passes a signed viewer on, which the handler accepts and a forgery does not pass", async () => {
    const user = await makeUser();
    const pair = await issueTokenPairForUser(user, meta);
    const forward = new Headers();
    expect(await gate(request("/api/v1/todos", { token: pair.access }), null, "r", forward)).toBeNull();
    const signed = forward.get(VIEWER_HEADER);
    expect(readViewer(signed)).toMatchObject({ id: user.id, via: "token", isBanned: false });
    // Tampered, expired or absent: not accepted.
    const [body] = signed!.split(".");
    const other = Buffer.from(JSON.stringify({ v: { ...readViewer(signed), role: "admin" }, exp: Date.now() + 5_000 })).toString("base64url");
    expect(readViewer(`${other}.${signed!.split(".")[1]}`)).toBeNull();
    expect(readViewer(`${body}.AAAA`)).toBeNull();
    expect(readViewer(signViewer({ ...readViewer(signed)! }, Date.now() - 60_000))).toBeNull();
    expect(readViewer(null)).toBeNull();
    // The handler takes the signed viewer as the caller (no Authorization header needed).
    const passed = new NextRequest("http://localhost:3301/api/v1/me", { headers: { [VIEWER_HEADER]: signed! } });
    const mine = await me.GET(passed, { params: Promise.resolve({}) });
    expect(mine.status).toBe(200);
    expect((await mine.json()).email).toBe(user.email);
    const forged = new NextRequest("http://localhost:3301/api/v1/me", { headers: { [VIEWER_HEADER]: `${other}.forged` } });
    expect((await me.GET(forged, { params: Promise.resolve({}) })).status).toBe(401);
    // A revoked token is refused by the gate itself (same rule as the handler).
    await transaction((tx) => revokeSessionsOfUser(tx, user.id, "logout-everywhere", testActor));
    const res = await gate(request("/api/v1/todos", { token: pair.access }), null, "r", new Headers());
    expect(res?.status).toBe(401);
    expect((await res?.json()).error.code).toBe("token_not_valid");
  });

  it("answers an anonymous API call with 401 in the error shape", async () => {
    const res = await gate(request("/api/v1/todos"), null, "r");
    expect(res?.status).toBe(401);
    expect(await res?.json()).toEqual({ error: { code: "not_authenticated", message: expect.any(String) } });
  });

  it("answers a forged bearer token with 401 token_not_valid", async () => {
    const res = await gate(request("/api/v1/todos", { token: "abc.def" }), null, "r");
    expect(res?.status).toBe(401);
    expect((await res?.json()).error.code).toBe("token_not_valid");
  });

  it("lets a live session through, sends an ended one to log in and a banned user to the ban notice", async () => {
    const { userId, claims } = await browserSession();
    expect(await gate(request("/sessions"), claims, "r")).toBeNull();
    await transaction((tx) => updateRow(tx, userModel, userId, { isBanned: true, bannedAt: new Date(), banReason: "x" }, testActor));
    const banned = await gate(request("/sessions"), claims, "r");
    expect(banned?.headers.get("location")).toBe("http://127.0.0.1:3301/banned");
    // The ban notice itself stays reachable.
    expect(await gate(request("/banned"), claims, "r")).toBeNull();
    await transaction((tx) => revokeSessionsOfUser(tx, userId, "test", testActor));
    const ended = await gate(request("/sessions"), claims, "r");
    expect(ended?.headers.get("location")).toMatch(/\/login\?next=%2Fsessions$/);
  });

  describe("the API rate limit per user", () => {
    const saved = env.RATE_LIMIT_API;
    beforeAll(() => {
      env.RATE_LIMIT_API = "3/minute";
    });
    afterAll(() => {
      env.RATE_LIMIT_API = saved;
    });

    it("answers the 4th call in the window with 429, Retry-After and the error shape", async () => {
      const user = await makeUser();
      const pair = await issueTokenPairForUser(user, meta);
      const statuses = [];
      let last: Response | null = null;
      for (let i = 0; i < 4; i++) {
        last = await gate(request("/api/v1/todos", { token: pair.access }), null, "r");
        statuses.push(last?.status ?? 200);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await last?.json()).error.code).toBe("throttled");
    });
  });

  it("counts in one shared row per key and starts again in a new window", async () => {
    // Start just after a window boundary, so the three hits share one window.
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20));
    const first = await hit("test:window", "2/second");
    const second = await hit("test:window", "2/second");
    const third = await hit("test:window", "2/second");
    expect([first.count, second.count, third.count]).toEqual([1, 2, 3]);
    expect(third.allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1100));
    const next = await hit("test:window", "2/second");
    expect(next).toMatchObject({ count: 1, allowed: true });
  });

  it("holds under concurrent hits (no lost updates)", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => hit("test:concurrent", "100/minute")));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("prunes counters of long-gone windows", async () => {
    await hit("test:old", "1/second");
    await new Promise((r) => setTimeout(r, 1100));
    expect(await pruneRateLimits(1000)).toBeGreaterThanOrEqual(1);
    expect((await hit("test:old", "1/second")).count).toBe(1);
  });
});
