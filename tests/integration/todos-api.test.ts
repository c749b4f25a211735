import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as bulkRoute from "@/app/api/v1/todos/bulk/route";
import * as oneRoute from "@/app/api/v1/todos/[id]/route";
import * as listRoute from "@/app/api/v1/todos/route";
import * as tagsRoute from "@/app/api/v1/tags/route";
import { getDb } from "@/db/client";
import { todos } from "@/db/schema";
import { issueTokenPairForUser } from "@/features/accounts/api-tokens";
import { createTodo } from "@/features/todos/data";
import { makeUser, makeViewer } from "../factories";
import { call } from "./accounts-helpers";

const meta = { ip: "10.1.1.1", userAgent: "vitest", requestId: null, origin: null };

async function client() {
  const user = await makeUser();
  const { access } = await issueTokenPairForUser(user, meta);
  return { user, viewer: makeViewer(user), token: access };
}

const FUTURE = "2099-01-01T10:00:00Z";

describe("todos API", () => {
  it("creates a todo (201) with tags by name, returns it bare, and gets it back", async () => {
    const { token } = await client();
    const created = await call(listRoute.POST, "/api/v1/todos", { token, body: { title: "Call mum", tags: ["family", "Phone"], due_on: FUTURE, priority: "high" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ title: "Call mum", status: "pending", priority: "high", tags: ["family", "Phone"], due_on: "2099-01-01T10:00:00.000Z" });
    const id = created.json!.id as string;
    const got = await call(oneRoute.GET, `/api/v1/todos/${id}`, { token, params: { id } });
    expect(got.status).toBe(200);
    expect(got.json).toEqual(created.json);
  });

  it("answers 422 with field errors in the SPEC shape, and 400 for a body that is not JSON", async () => {
    const { token } = await client();
    const bad = await call(listRoute.POST, "/api/v1/todos", { token, body: { title: " ", due_on: "2000-01-01T00:00:00Z" } });
    expect(bad.status).toBe(422);
    expect(bad.json!.error).toMatchObject({ code: "validation_error", fields: { title: ["Title must not be empty."] } });
    const past = await call(listRoute.POST, "/api/v1/todos", { token, body: { title: "Late", due_on: "2000-01-01T00:00:00Z" } });
    expect(past.json!.error!.fields).toEqual({ due_on: ["The due date must be in the future."] });
    const { NextRequest } = await import("next/server");
    const raw = new NextRequest("http://localhost:3000/api/v1/todos", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: "{nope" });
    const response = await listRoute.POST(raw, { params: Promise.resolve({}) });
    expect(response.status).toBe(400);
  });

  it("PATCH is partial, DELETE answers 204 and hides the todo", async () => {
    const { token } = await client();
    const created = await call(listRoute.POST, "/api/v1/todos", { token, body: { title: "Paint", description: "the fence" } });
    const id = created.json!.id as string;
    const patched = await call(oneRoute.PATCH, `/api/v1/todos/${id}`, { token, method: "PATCH", params: { id }, body: { status: "completed" } });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ title: "Paint", description: "the fence", status: "completed" });
    expect(patched.json!.completed_on).toBeTruthy();
    const deleted = await call(oneRoute.DELETE, `/api/v1/todos/${id}`, { token, method: "DELETE", params: { id } });
    expect(deleted.status).toBe(204);
    const gone = await call(oneRoute.GET, `/api/v1/todos/${id}`, { token, params: { id } });
    expect(gone.status).toBe(404);
  });

  it("answers 404 (never 403) for another user's todo and for a malformed id; 401 without a token", async () => {
    const owner = await client();
    const stranger = await client();
    const todo = await createTodo(owner.viewer, { title: "Private" }, { userId: owner.user.id, source: "api" });
    for (const [handler, method] of [
      [oneRoute.GET, "GET"],
      [oneRoute.PATCH, "PATCH"],
      [oneRoute.DELETE, "DELETE"],
    ] as const) {
      const res = await call(handler, `/api/v1/todos/${todo.id}`, { token: stranger.token, method, params: { id: todo.id }, body: method === "PATCH" ? { title: "x" } : undefined });
      expect(res.status).toBe(404);
      expect(res.json!.error!.code).toBe("not_found");
    }
    const malformed = await call(oneRoute.GET, "/api/v1/todos/123", { token: owner.token, params: { id: "123" } });
    expect(malformed.status).toBe(404);
    const anonymous = await call(listRoute.GET, "/api/v1/todos");
    expect(anonymous.status).toBe(401);
  });

  it("replays the first response for a repeated Idempotency-Key instead of writing twice", async () => {
    const { token, user } = await client();
    const send = async () => {
      const { NextRequest } = await import("next/server");
      const request = new NextRequest("http://localhost:3000/api/v1/todos", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": "key-1" },
        body: JSON.stringify({ title: "Only once" }),
      });
      const response = await listRoute.POST(request, { params: Promise.resolve({}) });
      return { status: response.status, json: (await response.json()) as { id: string }, replayed: response.headers.get("idempotent-replayed") };
    };
    const first = await send();
    const second = await send();
    expect(first.status).toBe(201);
    expect(second).toMatchObject({ status: 201, replayed: "true" });
    expect(second.json.id).toBe(first.json.id);
    const rows = await getDb().select().from(todos).where(eq(todos.ownerId, user.id));
    expect(rows).toHaveLength(1);
  });

  it("lists the caller's tags with counts of their live todos", async () => {
    const { token, viewer, user } = await client();
    const actor = { userId: user.id, source: "api" as const };
    await createTodo(viewer, { title: "a", tags: ["work", "home"] }, actor);
    await createTodo(viewer, { title: "b", tags: ["Work"] }, actor);
    const res = await call(tagsRoute.GET, "/api/v1/tags", { token });
    expect(res.status).toBe(200);
    const data = res.json!.data as { name: string; todo_count: number }[];
    expect(data.map((t) => [t.name, t.todo_count])).toEqual([
      ["home", 1],
      ["work", 2],
    ]);
    expect(res.json!.pagination).toMatchObject({ page: 1, total: 2, next: null, previous: null });
  });
});

describe("todos bulk API", () => {
  it("creates every row in one go (201 {data}) with tags", async () => {
    const { token } = await client();
    const rows = Array.from({ length: 5 }, (_, i) => ({ title: `Row ${i}`, tags: i % 2 ? ["odd"] : [] }));
    const res = await call(bulkRoute.POST, "/api/v1/todos/bulk", { token, body: { todos: rows } });
    expect(res.status).toBe(201);
    const data = res.json!.data as { title: string; tags: string[] }[];
    expect(data.map((t) => t.title)).toEqual(rows.map((r) => r.title));
    expect(data[1]!.tags).toEqual(["odd"]);
  });

  it("writes nothing when one row is bad, with errors keyed by row index", async () => {
    const { token, user } = await client();
    const rows = Array.from({ length: 6 }, (_, i) => ({ title: i === 3 ? "  " : `Row ${i}` }));
    rows[5] = { title: "Late", due_on: "2000-01-01" } as never;
    const res = await call(bulkRoute.POST, "/api/v1/todos/bulk", { token, body: { todos: rows } });
    expect(res.status).toBe(422);
    expect(res.json!.error!.fields).toEqual({ "3.title": ["Title must not be empty."], "5.due_on": ["The due date must be in the future."] });
    const written = await getDb().select().from(todos).where(eq(todos.ownerId, user.id));
    expect(written).toHaveLength(0);
  });

  it("refuses more than 1,000 rows and an empty list", async () => {
    const { token } = await client();
    const many = await call(bulkRoute.POST, "/api/v1/todos/bulk", { token, body: { todos: Array.from({ length: 1001 }, () => ({ title: "x" })) } });
    expect(many.status).toBe(422);
    expect(Object.keys(many.json!.error!.fields!)).toEqual(["todos"]);
    const none = await call(bulkRoute.POST, "/api/v1/todos/bulk", { token, body: { todos: [] } });
    expect(none.status).toBe(422);
  });

  it("creates 1,000 rows with their audit entries in one request", async () => {
    const { token, user } = await client();
    const rows = Array.from({ length: 1000 }, (_, i) => ({ title: `Bulk ${i}`, description: "from a script", tags: [`t${i % 10}`], due_on: FUTURE }));
    const started = performance.now();
    const res = await call(bulkRoute.POST, "/api/v1/todos/bulk", { token, body: { todos: rows } });
    const ms = performance.now() - started;
    expect(res.status).toBe(201);
    expect((res.json!.data as unknown[]).length).toBe(1000);
    const written = await getDb().select().from(todos).where(eq(todos.ownerId, user.id));
    expect(written).toHaveLength(1000);
    // Reported, not asserted: timing belongs to the benchmark, not to a test (SPEC §11).
    console.info(`bulk 1000 rows: ${ms.toFixed(0)} ms on ${process.env.TEST_DB}`);
  });
});
