import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as appealDecideRoute from "@/app/api/v1/admin/appeals/[id]/route";
import * as appealsRoute from "@/app/api/v1/admin/appeals/route";
import * as allowedRoute from "@/app/api/v1/admin/allowed-words/route";
import * as bannedOneRoute from "@/app/api/v1/admin/banned-words/[id]/route";
import * as importRoute from "@/app/api/v1/admin/banned-words/import/route";
import * as bannedRoute from "@/app/api/v1/admin/banned-words/route";
import * as logsRoute from "@/app/api/v1/admin/moderation/logs/route";
import * as summaryRoute from "@/app/api/v1/admin/moderation/summary/route";
import * as testRoute from "@/app/api/v1/admin/moderation/test/route";
import * as banRoute from "@/app/api/v1/admin/users/ban/route";
import * as usersRoute from "@/app/api/v1/admin/users/route";
import * as appealRoute from "@/app/api/v1/me/appeal/route";
import * as todosRoute from "@/app/api/v1/todos/route";
import type { User } from "@/db/schema";
import { issueTokenPairForUser } from "@/features/accounts/api-tokens";
import { createTodo } from "@/features/todos/data";
import { makeUser, makeViewer } from "../factories";
import { call } from "./accounts-helpers";
import { freshWord, listWord, userRow } from "./moderation-helpers";

const meta = { ip: "10.7.7.7", userAgent: "vitest", requestId: null, origin: null };

async function client(role: "user" | "admin" = "user") {
  const user: User = await makeUser({ role });
  const { access } = await issueTokenPairForUser(user, meta);
  return { user, viewer: makeViewer(user), token: access, actor: { userId: user.id, source: "api" as const } };
}

describe("admin API: banned and allowed words", () => {
  it("creates (201), lists, edits and deletes banned words in the SPEC's shapes", async () => {
    const { token } = await client("admin");
    const word = freshWord();
    const created = await call(bannedRoute.POST, "/api/v1/admin/banned-words", { token, body: { word, action: "block" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ word, match_mode: "word", action: "block", is_active: true });
    const id = created.json!.id as string;

    const dup = await call(bannedRoute.POST, "/api/v1/admin/banned-words", { token, body: { word: word.toUpperCase() } });
    expect(dup.status).toBe(422);
    expect(dup.json!.error!.fields!.word![0]).toMatch(/already listed/);

    const list = await call(bannedRoute.GET, "/api/v1/admin/banned-words", { token, query: `?q=${word}` });
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ data: [{ id, word }], pagination: { page: 1, page_size: 20, total: 1, next: null, previous: null } });

    const patched = await call(bannedOneRoute.PATCH, `/api/v1/admin/banned-words/${id}`, { method: "PATCH", token, params: { id }, body: { is_active: false } });
    expect(patched.json).toMatchObject({ id, is_active: false });

    const badMode = await call(bannedOneRoute.PATCH, `/api/v1/admin/banned-words/${id}`, { method: "PATCH", token, params: { id }, body: { word: "(a+)+$", match_mode: "regex" } });
    expect(badMode.status).toBe(422);

    expect((await call(bannedOneRoute.DELETE, `/api/v1/admin/banned-words/${id}`, { method: "DELETE", token, params: { id } })).status).toBe(204);
    expect((await call(bannedOneRoute.GET, `/api/v1/admin/banned-words/${id}`, { token, params: { id } })).status).toBe(404);
    expect((await call(bannedOneRoute.GET, `/api/v1/admin/banned-words/nope`, { token, params: { id: "nope" } })).status).toBe(404);
  });

  it("refuses a regex that can backtrack catastrophically, and one that does not compile, with a field message", async () => {
    const { token } = await client("admin");
    const redos = await call(bannedRoute.POST, "/api/v1/admin/banned-words", { token, body: { word: "(a+)+$", match_mode: "regex" } });
    expect(redos.status).toBe(422);
    expect(redos.json!.error!.fields!.word![0]).toMatch(/backtrack catastrophically/);
    const broken = await call(bannedRoute.POST, "/api/v1/admin/banned-words", { token, body: { word: "[abc", match_mode: "regex" } });
    expect(broken.status).toBe(422);
    expect(broken.json!.error!.fields!.word![0]).toMatch(/not a valid regular expression/);
    const bad = await call(bannedRoute.POST, "/api/v1/admin/banned-words", { token, body: { word: "x", match_mode: "fuzzy", action: "shout" } });
    expect(Object.keys(bad.json!.error!.fields!).sort()).toEqual(["action", "match_mode"]);
  });

  it("answers 403 to a non-admin and 401 without credentials", async () => {
    const { token } = await client();
    expect((await call(bannedRoute.GET, "/api/v1/admin/banned-words", { token })).status).toBe(403);
    expect((await call(bannedRoute.GET, "/api/v1/admin/banned-words")).status).toBe(401);
  });

  it("manages the allowlist, which cancels hits (seen in the test box)", async () => {
    const { token } = await client("admin");
    const word = freshWord();
    await call(bannedRoute.POST, "/api/v1/admin/banned-words", { token, body: { word, match_mode: "substring" } });
    const allowed = await call(allowedRoute.POST, "/api/v1/admin/allowed-words", { token, body: { word: `${word}ment` } });
    expect(allowed.status).toBe(201);
    expect(allowed.json).toMatchObject({ word: `${word}ment` });
    const tested = await call(testRoute.POST, "/api/v1/admin/moderation/test", { token, body: { text: `${word}ment and ${word.toUpperCase()}` } });
    expect(tested.json).toMatchObject({ hits: [{ word, matched: word.toUpperCase(), match_mode: "substring" }], allowed: [{ word, matched: word }] });
  });

  it("previews an import with what is added and what is refused, then applies it", async () => {
    const { token } = await client("admin");
    const [a, b] = [freshWord(), freshWord()];
    await listWord(b);
    const content = `word,mode,action\n${a},substring,block\n${b},word,log\n(a+)+$,regex,log\n${a},substring,log\nx,fuzzy,log\n`;
    const preview = await call(importRoute.POST, "/api/v1/admin/banned-words/import", { token, body: { content, format: "csv" } });
    expect(preview.status).toBe(200);
    expect(preview.json!.add).toEqual([{ line: 2, word: a, match_mode: "substring", action: "block" }]);
    expect((preview.json!.refused as { line: number }[]).map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect((await call(bannedRoute.GET, "/api/v1/admin/banned-words", { token, query: `?q=${a}` })).json!.data).toEqual([]);
    const applied = await call(importRoute.POST, "/api/v1/admin/banned-words/import", { token, body: { content, format: "csv", apply: true } });
    expect(applied.json).toMatchObject({ applied: true, add: [{ word: a }] });
    expect((await call(bannedRoute.GET, "/api/v1/admin/banned-words", { token, query: `?q=${a}` })).json!.data).toMatchObject([{ word: a, action: "block" }]);
  });
});

describe("admin API: moderation logs and summary", () => {
  it("returns the summary in the exact shape, users by total descending, with per-word counts and filters", async () => {
    const { token } = await client("admin");
    const [w1, w2] = [freshWord(), freshWord()];
    await listWord(w1);
    await listWord(w2);
    const heavy = await client();
    const light = await client();
    await createTodo(heavy.viewer, { title: `${w1} ${w2}` }, heavy.actor);
    await createTodo(heavy.viewer, { title: w1 }, heavy.actor);
    await createTodo(light.viewer, { title: w2 }, light.actor);

    const ids = `?user_id=${heavy.user.id}&user_id=${light.user.id}`;
    const summary = await call(summaryRoute.GET, "/api/v1/admin/moderation/summary", { token, query: ids });
    expect(summary.status).toBe(200);
    expect(summary.json).toEqual({
      data: [
        { user_id: heavy.user.id, email: heavy.user.email, total: 3, logs: [{ word: w1, count: 2 }, { word: w2, count: 1 }] },
        { user_id: light.user.id, email: light.user.email, total: 1, logs: [{ word: w2, count: 1 }] },
      ],
    });
    const limited = await call(summaryRoute.GET, "/api/v1/admin/moderation/summary", { token, query: `${ids}&limit=1` });
    expect((limited.json!.data as unknown[]).length).toBe(1);

    const since = new Date(Date.now() - 3_600_000).toISOString();
    const recent = await call(summaryRoute.GET, "/api/v1/admin/moderation/summary", { token, query: `${ids}&since=${since}` });
    expect(recent.json).toEqual(summary.json);
    const future = await call(summaryRoute.GET, "/api/v1/admin/moderation/summary", { token, query: `${ids}&since=2099-01-01` });
    expect(future.json).toEqual({ data: [] });

    for (const q of ["?limit=abc", "?limit=0", "?since=yesterday", "?user_id=42"]) {
      expect((await call(summaryRoute.GET, "/api/v1/admin/moderation/summary", { token, query: q })).status).toBe(422);
    }

    const logs = await call(logsRoute.GET, "/api/v1/admin/moderation/logs", { token, query: `?user_id=${heavy.user.id}&word=${w1}` });
    expect(logs.json).toMatchObject({ pagination: { total: 2 } });
    expect((logs.json!.data as { word: string; field: string; user_id: string }[]).every((l) => l.word === w1 && l.field === "title" && l.user_id === heavy.user.id)).toBe(true);
    expect((await call(logsRoute.GET, "/api/v1/admin/moderation/logs", { token, query: "?user_id=x" })).status).toBe(422);
  });

  it("refuses a block word through the todos API with a 422 on the field", async () => {
    const { token } = await client();
    const word = freshWord();
    await listWord(word, { action: "block" });
    const refused = await call(todosRoute.POST, "/api/v1/todos", { token, body: { title: "ok", description: `a ${word}` } });
    expect(refused.status).toBe(422);
    expect(refused.json!.error!.fields).toEqual({ description: [`"${word}" is not allowed here.`] });
  });
});

describe("admin API: users and bans", () => {
  it("bans, reports unknown ids, stops the banned user's outstanding token, unbans and toggles", async () => {
    const admin = await client("admin");
    const target = await client();
    const ghost = randomUUID();
    const banned = await call(banRoute.POST, "/api/v1/admin/users/ban", { token: admin.token, body: { user_ids: [target.user.id, ghost], action: "ban", reason: "spam" } });
    expect(banned.status).toBe(200);
    expect(banned.json).toEqual({ data: [{ user_id: target.user.id, is_banned: true }], not_found: [ghost] });
    expect(await userRow(target.user.id)).toMatchObject({ isBanned: true, banReason: "spam", bannedById: admin.user.id });

    const blocked = await call(todosRoute.GET, "/api/v1/todos", { token: target.token });
    expect([401, 403]).toContain(blocked.status);

    const listed = await call(usersRoute.GET, "/api/v1/admin/users", { token: admin.token, query: `?is_banned=true&q=${encodeURIComponent(target.user.email)}` });
    expect(listed.json).toMatchObject({ data: [{ id: target.user.id, is_banned: true, ban_reason: "spam" }], pagination: { total: 1 } });
    expect((await call(usersRoute.GET, "/api/v1/admin/users", { token: admin.token, query: "?is_banned=maybe" })).status).toBe(422);

    const toggled = await call(banRoute.POST, "/api/v1/admin/users/ban", { token: admin.token, body: { user_ids: [target.user.id], action: "toggle" } });
    expect(toggled.json).toEqual({ data: [{ user_id: target.user.id, is_banned: false }], not_found: [] });
    expect((await userRow(target.user.id)).strikesResetAt).not.toBeNull();
  });

  it("answers 422, never 500, to malformed ids and bodies, and refuses an admin banning themselves", async () => {
    const admin = await client("admin");
    const malformed = await call(banRoute.POST, "/api/v1/admin/users/ban", { token: admin.token, body: { user_ids: ["not-a-uuid", 42], action: "ban" } });
    expect(malformed.status).toBe(422);
    expect(Object.keys(malformed.json!.error!.fields!).sort()).toEqual(["user_ids.0", "user_ids.1"]);
    for (const body of [{ user_ids: "x", action: "ban" }, { user_ids: [], action: "ban" }, { user_ids: [randomUUID()], action: "nuke" }, {}]) {
      expect((await call(banRoute.POST, "/api/v1/admin/users/ban", { token: admin.token, body })).status).toBe(422);
    }
    const self = await call(banRoute.POST, "/api/v1/admin/users/ban", { token: admin.token, body: { user_ids: [admin.user.id], action: "ban" } });
    expect(self.status).toBe(422);
    expect(self.json!.error!.fields).toEqual({ user_ids: ["You cannot ban yourself."] });
    expect((await userRow(admin.user.id)).isBanned).toBe(false);
  });
});

describe("appeals", () => {
  it("lets a banned user appeal once; the admin accepts and the user is back, with the outcome kept", async () => {
    const admin = await client("admin");
    const target = await client();
    await call(banRoute.POST, "/api/v1/admin/users/ban", { token: admin.token, body: { user_ids: [target.user.id], action: "ban", reason: "rude" } });
    // The ban ended the old token; the banned user signs in again and may only see the ban notice and appeal.
    const { access } = await issueTokenPairForUser(await userRow(target.user.id), meta);

    const notice = await call(appealRoute.GET, "/api/v1/me/appeal", { token: access });
    expect(notice.json).toMatchObject({ is_banned: true, ban_reason: "rude", appeal: null });
    const empty = await call(appealRoute.POST, "/api/v1/me/appeal", { token: access, body: { message: "  " } });
    expect(empty.status).toBe(422);
    const sent = await call(appealRoute.POST, "/api/v1/me/appeal", { token: access, body: { message: "It was a joke, sorry." } });
    expect(sent.status).toBe(201);
    expect(sent.json).toMatchObject({ status: "open", message: "It was a joke, sorry." });
    const again = await call(appealRoute.POST, "/api/v1/me/appeal", { token: access, body: { message: "Please?" } });
    expect(again.status).toBe(422);
    expect(again.json!.error!.fields!.message![0]).toMatch(/already appealed/);

    const open = await call(appealsRoute.GET, "/api/v1/admin/appeals", { token: admin.token, query: "?status=open" });
    expect((open.json!.data as { id: string }[]).map((a) => a.id)).toContain(sent.json!.id);
    const id = sent.json!.id as string;
    const decided = await call(appealDecideRoute.POST, `/api/v1/admin/appeals/${id}`, { token: admin.token, params: { id }, body: { decision: "accept", note: "OK" } });
    expect(decided.json).toMatchObject({ status: "accepted", decided_by: admin.user.id, decision_note: "OK" });
    expect((await userRow(target.user.id)).isBanned).toBe(false);
    const twice = await call(appealDecideRoute.POST, `/api/v1/admin/appeals/${id}`, { token: admin.token, params: { id }, body: { decision: "reject" } });
    expect(twice.status).toBe(409);

    const after = await call(appealRoute.GET, "/api/v1/me/appeal", { token: access });
    expect(after.json).toMatchObject({ is_banned: false, last_decision: { status: "accepted" } });
    const notBanned = await call(appealRoute.POST, "/api/v1/me/appeal", { token: access, body: { message: "again" } });
    expect(notBanned.status).toBe(409);
  });
});
