import { describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/me/export/route";
import { issueTokenPairForUser } from "@/features/accounts/api-tokens";
import { createTodo, deleteTodo } from "@/features/todos/data";
import { makeUser, makeViewer } from "../factories";
import { call } from "./accounts-helpers";

const meta = { ip: "10.6.6.6", userAgent: "vitest", requestId: null, origin: null };

describe("GET /api/v1/me/export", () => {
  it("returns the caller's profile, tags and live todos, and nobody else's", async () => {
    const me = await makeUser({ name: "Exporter" });
    const other = await makeUser();
    const actor = { userId: me.id, source: "api" as const };
    await createTodo(makeViewer(me), { title: "Keep me", tags: ["home"] }, actor);
    const gone = await createTodo(makeViewer(me), { title: "Deleted" }, actor);
    await deleteTodo(makeViewer(me), gone.id, actor);
    await createTodo(makeViewer(other), { title: "Not mine" }, { userId: other.id, source: "api" });
    const { access } = await issueTokenPairForUser(me, meta);
    const res = await call(exportRoute.GET, "/api/v1/me/export", { token: access });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="warden-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = res.json as unknown as { user: { email: string; profile: { timezone: string } }; tags: { name: string }[]; todos: { title: string; tags: string[] }[] };
    expect(body.user.email).toBe(me.email);
    expect(body.user.profile.timezone).toBe("UTC");
    expect(body.tags.map((t) => t.name)).toEqual(["home"]);
    expect(body.todos.map((t) => [t.title, t.tags])).toEqual([["Keep me", ["home"]]]);
  });

  it("needs credentials", async () => {
    expect((await call(exportRoute.GET, "/api/v1/me/export")).status).toBe(401);
  });
});
