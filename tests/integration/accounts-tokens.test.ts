import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, transaction } from "@/db/client";
import { sessions, users } from "@/db/schema";
import * as me from "@/app/api/v1/me/route";
import * as profile from "@/app/api/v1/me/profile/route";
import * as sessionsRoute from "@/app/api/v1/me/sessions/route";
import * as sessionRoute from "@/app/api/v1/me/sessions/[id]/route";
import * as revokeAll from "@/app/api/v1/me/sessions/revoke-all/route";
import * as token from "@/app/api/v1/auth/token/route";
import * as refresh from "@/app/api/v1/auth/token/refresh/route";
import * as revoke from "@/app/api/v1/auth/token/revoke/route";
import { revokeSessionsOfUser } from "@/features/accounts/sessions";
import { setBans } from "@/features/users/bans";
import { DEFAULT_PASSWORD, makeUser, testActor } from "../factories";
import { call, freshIp } from "./accounts-helpers";

async function pairFor(email: string, ip = freshIp()) {
  const res = await call(token.POST, "/api/v1/auth/token", { body: { email, password: DEFAULT_PASSWORD }, ip });
  expect(res.status).toBe(200);
  return res.json as { access: string; refresh: string; access_expires_at: string };
}

describe("API tokens", () => {
  it("issues an access/refresh pair that authenticates GET /api/v1/me", async () => {
    const user = await makeUser();
    const pair = await pairFor(user.email);
    expect(new Date(pair.access_expires_at).getTime()).toBeGreaterThan(Date.now());
    const res = await call(me.GET, "/api/v1/me", { token: pair.access });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: user.id, email: user.email, role: "user", is_banned: false, profile: { timezone: "UTC" } });
    expect(JSON.stringify(res.json)).not.toMatch(/password/);
  });

  it("answers a wrong password and an unknown e-mail alike, 401 token_not_valid", async () => {
    const user = await makeUser();
    const wrong = await call(token.POST, "/api/v1/auth/token", { body: { email: user.email, password: "nope-nope-nope" }, ip: freshIp() });
    const unknown = await call(token.POST, "/api/v1/auth/token", { body: { email: "nobody@example.com", password: "nope-nope-nope" }, ip: freshIp() });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
    expect(wrong.json?.error?.code).toBe("token_not_valid");
  });

  it("answers no credentials with 401 not_authenticated and a forged token with 401 token_not_valid", async () => {
    const none = await call(me.GET, "/api/v1/me");
    expect(none.status).toBe(401);
    expect(none.json?.error?.code).toBe("not_authenticated");
    const user = await makeUser();
    const pair = await pairFor(user.email);
    const [body, sig] = pair.access.split(".");
    const claims = JSON.parse(Buffer.from(body!, "base64url").toString()) as Record<string, unknown>;
    const forged = `${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp as number + 3600 })).toString("base64url")}.${sig}`;
    const res = await call(me.GET, "/api/v1/me", { token: forged });
    expect(res.status).toBe(401);
    expect(res.json?.error?.code).toBe("token_not_valid");
  });

  it("rotates the refresh token: the new pair works, the old refresh token does not", async () => {
    const user = await makeUser();
    const first = await pairFor(user.email);
    const rotated = await call(refresh.POST, "/api/v1/auth/token/refresh", { body: { refresh: first.refresh } });
    expect(rotated.status).toBe(200);
    const second = rotated.json as { access: string; refresh: string };
    expect(second.refresh).not.toBe(first.refresh);
    expect((await call(me.GET, "/api/v1/me", { token: second.access })).status).toBe(200);
    const again = await call(refresh.POST, "/api/v1/auth/token/refresh", { body: { refresh: first.refresh } });
    expect(again.status).toBe(401);
    expect(again.json?.error?.code).toBe("token_not_valid");
  });

  it("revokes the whole family when a rotated refresh token is presented again (reuse detection)", async () => {
    const user = await makeUser();
    const first = await pairFor(user.email);
    const second = (await call(refresh.POST, "/api/v1/auth/token/refresh", { body: { refresh: first.refresh } })).json as { access: string; refresh: string };
    // The thief replays the old token: the family ends, for the rightful holder too.
    expect((await call(refresh.POST, "/api/v1/auth/token/refresh", { body: { refresh: first.refresh } })).status).toBe(401);
    expect((await call(refresh.POST, "/api/v1/auth/token/refresh", { body: { refresh: second.refresh } })).status).toBe(401);
    const res = await call(me.GET, "/api/v1/me", { token: second.access });
    expect(res.status).toBe(401);
    expect(res.json?.error?.code).toBe("token_not_valid");
    const [row] = await getDb().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row?.revokeReason).toBe("refresh_token_reused");
  });

  it("revokes a family with 204: its refresh and access tokens stop working at once", async () => {
    const user = await makeUser();
    const pair = await pairFor(user.email);
    const res = await call(revoke.POST, "/api/v1/auth/token/revoke", { body: { refresh: pair.refresh } });
    expect(res.status).toBe(204);
    expect((await call(me.GET, "/api/v1/me", { token: pair.access })).status).toBe(401);
    expect((await call(refresh.POST, "/api/v1/auth/token/refresh", { body: { refresh: pair.refresh } })).status).toBe(401);
    expect((await call(revoke.POST, "/api/v1/auth/token/revoke", { body: { refresh: "not-a-token" } })).status).toBe(401);
  });

  it("stops a token issued before a ban with 403 user_banned (GET /me still says why); after the unban it is ended, and a new log-in works", async () => {
    const user = await makeUser();
    const pair = await pairFor(user.email);
    // The real ban: it also ends every session and token family of the user.
    await setBans({ user_ids: [user.id], action: "ban", reason: "spam" }, { bannedBy: null, selfId: null }, testActor);
    const patch = await call(profile.PATCH, "/api/v1/me/profile", { method: "PATCH", body: { bio: "hi" }, token: pair.access });
    expect(patch.status).toBe(403);
    expect(patch.json?.error?.code).toBe("user_banned");
    const mine = await call(me.GET, "/api/v1/me", { token: pair.access });
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({ is_banned: true, ban_reason: "spam" });
    await setBans({ user_ids: [user.id], action: "unban" }, { bannedBy: null, selfId: null }, testActor);
    const ended = await call(profile.PATCH, "/api/v1/me/profile", { method: "PATCH", body: { bio: "hi" }, token: pair.access });
    expect(ended.status).toBe(401);
    expect(ended.json?.error?.code).toBe("token_not_valid");
    const fresh = await pairFor(user.email);
    expect((await call(profile.PATCH, "/api/v1/me/profile", { method: "PATCH", body: { bio: "hi" }, token: fresh.access })).status).toBe(200);
  });

  it("ends a token for good when its session was ended for another reason, even if the user is later banned", async () => {
    const user = await makeUser();
    const pair = await pairFor(user.email);
    await transaction((tx) => revokeSessionsOfUser(tx, user.id, "logout-everywhere", testActor));
    await setBans({ user_ids: [user.id], action: "ban" }, { bannedBy: null, selfId: null }, testActor);
    expect((await call(me.GET, "/api/v1/me", { token: pair.access })).status).toBe(401);
  });

  it("answers 429 with Retry-After after too many token requests for one account", async () => {
    const user = await makeUser();
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 11; i++) {
      // A different address each time: the per-account limit alone must hold.
      last = await call(token.POST, "/api/v1/auth/token", { body: { email: user.email, password: "wrong-password" }, ip: freshIp() });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    expect(last?.json?.error?.code).toBe("throttled");
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("answers 429 after too many token requests from one address, whatever the account", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await call(token.POST, "/api/v1/auth/token", { body: { email: `x${i}@example.com`, password: "whatever" }, ip })).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("me and sessions", () => {
  it("updates the profile, validating the timezone and URLs", async () => {
    const user = await makeUser();
    const pair = await pairFor(user.email);
    const bad = await call(profile.PATCH, "/api/v1/me/profile", { method: "PATCH", body: { timezone: "Mars/Olympus", website: "ftp://x" }, token: pair.access });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json?.error?.fields ?? {}).sort()).toEqual(["timezone", "website"]);
    const ok = await call(profile.PATCH, "/api/v1/me/profile", {
      method: "PATCH",
      body: { timezone: "Europe/Paris", bio: "Gardener", links: ["https://example.com/a"] },
      token: pair.access,
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ profile: { timezone: "Europe/Paris", bio: "Gardener", links: ["https://example.com/a"], location: "" } });
  });

  it("with one device only, a new login ends the user's other sessions", async () => {
    const user = await makeUser();
    const first = await pairFor(user.email);
    const second = await pairFor(user.email);
    expect((await call(me.GET, "/api/v1/me", { token: first.access })).status).toBe(401);
    expect((await call(me.GET, "/api/v1/me", { token: second.access })).status).toBe(200);
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row?.lastLoginAt).toBeInstanceOf(Date);
  });

  it("lists the caller's sessions, ends one (404 for another user's), and logs out everywhere", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const pair = await pairFor(user.email);
    const otherPair = await pairFor(other.email);
    const list = await call(sessionsRoute.GET, "/api/v1/me/sessions", { token: pair.access });
    expect(list.status).toBe(200);
    const data = (list.json as { data: { id: string; current: boolean; kind: string }[] }).data;
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ current: true, kind: "api" });
    const otherSession = ((await call(sessionsRoute.GET, "/api/v1/me/sessions", { token: otherPair.access })).json as { data: { id: string }[] }).data[0]!;
    const foreign = await call(sessionRoute.DELETE, `/api/v1/me/sessions/${otherSession.id}`, { method: "DELETE", token: pair.access, params: { id: otherSession.id } });
    expect(foreign.status).toBe(404);
    const all = await call(revokeAll.POST, "/api/v1/me/sessions/revoke-all", { method: "POST", token: pair.access });
    expect(all.json).toEqual({ revoked: 1 });
    expect((await call(me.GET, "/api/v1/me", { token: pair.access })).status).toBe(401);
    expect((await call(me.GET, "/api/v1/me", { token: otherPair.access })).status).toBe(200);
  });

  it("ends one session with 204", async () => {
    const user = await makeUser();
    const pair = await pairFor(user.email);
    const [row] = await getDb().select().from(sessions).where(eq(sessions.userId, user.id));
    const res = await call(sessionRoute.DELETE, `/api/v1/me/sessions/${row!.id}`, { method: "DELETE", token: pair.access, params: { id: row!.id } });
    expect(res.status).toBe(204);
    expect((await call(me.GET, "/api/v1/me", { token: pair.access })).status).toBe(401);
  });
});
