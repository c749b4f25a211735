import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { beforeAll, describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/v1/todos/route";
import { getHandle, schema, setHandle, type Db } from "@/db/client";
import { issueTokenPairForUser } from "@/features/accounts/api-tokens";
import type { Viewer } from "@/features/accounts/viewer";
import { createTodos } from "@/features/todos/bulk";
import { updateTodo } from "@/features/todos/data";
import { listTodos } from "@/features/todos/list";
import { TodoListQuery, type TodoDto } from "@/features/todos/schemas";
import { makeUser, makeViewer } from "../factories";
import { call } from "./accounts-helpers";

const NOW = new Date("2026-11-24T12:00:00Z");
const meta = { ip: "10.1.1.2", userAgent: "vitest", requestId: null, origin: null };

let viewer: Viewer;
let token: string;
let byTitle: Record<string, TodoDto>;

beforeAll(async () => {
  const user = await makeUser();
  viewer = makeViewer(user);
  token = (await issueTokenPairForUser(user, meta)).access;
  const actor = { userId: user.id, source: "api" as const };
  const created = await createTodos(
    viewer,
    {
      todos: [
        { title: "Buy milk", priority: "low", due_on: "2026-11-25T09:00:00Z", tags: ["errands"] },
        { title: "File taxes", description: "before the 100% deadline", priority: "urgent", due_on: "2026-12-01T09:00:00Z", tags: ["money", "Home"] },
        { title: "Paint fence", priority: "normal", tags: ["home"] },
        { title: "Call dentist", description: "ask about the_invoice", priority: "high", due_on: "2026-11-24T13:00:00Z" },
        { title: "Read book", priority: "normal", status: "completed" },
      ],
    },
    actor,
    { now: NOW },
  );
  byTitle = Object.fromEntries(created.map((t) => [t.title, t]));
  // Past due now: the clock moved on since it was created.
  await updateTodo(viewer, byTitle["Call dentist"]!.id, { status: "in_progress" }, actor, { now: NOW });
});

const titles = (page: { data: TodoDto[] }) => page.data.map((t) => t.title);
const list = (query: Record<string, string>, now = new Date("2026-11-26T00:00:00Z")) => listTodos(viewer, TodoListQuery.parse(query), { now });

describe("todo list filters and ordering", () => {
  it("filters by status, priority and tag (any case)", async () => {
    expect(titles(await list({ status: "completed" }))).toEqual(["Read book"]);
    expect(titles(await list({ priority: "urgent" }))).toEqual(["File taxes"]);
    expect(titles(await list({ tag: "HOME", ordering: "title" }))).toEqual(["File taxes", "Paint fence"]);
  });

  it("searches title OR description, with % and _ matching themselves", async () => {
    expect(titles(await list({ q: "milk" }))).toEqual(["Buy milk"]);
    expect(titles(await list({ q: "100%" }))).toEqual(["File taxes"]);
    expect(titles(await list({ q: "the_invoice" }))).toEqual(["Call dentist"]);
    expect(titles(await list({ q: "ask_about" }))).toEqual([]);
  });

  it("filters by due range and overdue", async () => {
    expect(titles(await list({ due_after: "2026-11-25", due_before: "2026-11-30", ordering: "due_on" }))).toEqual(["Buy milk"]);
    expect(titles(await list({ overdue: "true", ordering: "due_on" }))).toEqual(["Call dentist", "Buy milk"]);
  });

  it("orders by whitelisted fields, undated todos last", async () => {
    const ascending = titles(await list({ ordering: "due_on" }));
    expect(ascending.slice(0, 3)).toEqual(["Call dentist", "Buy milk", "File taxes"]);
    expect(ascending.slice(3).sort()).toEqual(["Paint fence", "Read book"]);
    expect(titles(await list({ ordering: "-due_on" })).slice(0, 3)).toEqual(["File taxes", "Buy milk", "Call dentist"]);
    expect(titles(await list({ ordering: "-priority,title" }))).toEqual(["File taxes", "Call dentist", "Paint fence", "Read book", "Buy milk"]);
  });
});

describe("GET /api/v1/todos", () => {
  it("paginates with absolute next/previous links keeping the filters", async () => {
    const res = await call(listRoute.GET, "/api/v1/todos", { token, query: "?page_size=2&ordering=title" });
    expect(res.status).toBe(200);
    expect((res.json!.data as TodoDto[]).map((t) => t.title)).toEqual(["Buy milk", "Call dentist"]);
    expect(res.json!.pagination).toMatchObject({ page: 1, page_size: 2, total: 5, previous: null });
    expect(res.json!.pagination).toHaveProperty("next", "http://localhost:3000/api/v1/todos?page_size=2&ordering=title&page=2");
    const tagged = (res.json!.data as TodoDto[])[0]!;
    expect(tagged.tags).toEqual(["errands"]);
  });

  it("cuts page_size to 100, answers a page past the end with an empty list, and 422 for a bad page", async () => {
    const big = await call(listRoute.GET, "/api/v1/todos", { token, query: "?page_size=1000" });
    expect(big.json!.pagination).toMatchObject({ page_size: 100 });
    const past = await call(listRoute.GET, "/api/v1/todos", { token, query: "?page=9" });
    expect(past.status).toBe(200);
    expect(past.json!.data).toEqual([]);
    // Far past the end (beyond what OFFSET can hold): still an empty page, not a 500.
    const huge = await call(listRoute.GET, "/api/v1/todos", { token, query: "?page=99999999999999999999" });
    expect(huge.status).toBe(200);
    expect(huge.json!.data).toEqual([]);
    for (const query of ["?page=abc", "?page=0", "?page_size=-1"]) {
      const bad = await call(listRoute.GET, "/api/v1/todos", { token, query });
      expect(bad.status).toBe(422);
      expect(bad.json!.error!.code).toBe("validation_error");
    }
  });

  it("refuses an ordering or filter value it does not know with 422", async () => {
    for (const [query, field] of [
      ["?ordering=password_hash", "ordering"],
      ["?ordering=title,-owner_id", "ordering"],
      ["?status=done", "status"],
      ["?due_before=soon", "due_before"],
      ["?overdue=maybe", "overdue"],
    ] as const) {
      const res = await call(listRoute.GET, "/api/v1/todos", { token, query });
      expect(res.status, query).toBe(422);
      expect(Object.keys(res.json!.error!.fields!)).toEqual([field]);
    }
  });
});

describe("no N+1", () => {
  async function countQueries(fn: () => Promise<unknown>): Promise<number> {
    const handle = getHandle();
    let n = 0;
    const logger = { logQuery: () => void n++ };
    const db = (handle.kind === "postgres" ? drizzlePostgres(handle.sql!, { schema, logger }) : drizzlePglite(handle.pglite!, { schema, logger })) as unknown as Db;
    setHandle({ ...handle, db });
    try {
      await fn();
    } finally {
      setHandle(handle);
    }
    return n;
  }

  it("reads a page of 100 todos with their tags in a constant number of queries", async () => {
    const user = await makeUser();
    const many = makeViewer(user);
    const rows = Array.from({ length: 100 }, (_, i) => ({ title: `Todo ${i}`, tags: [`tag${i % 7}`, `other${i % 3}`] }));
    await createTodos(many, { todos: rows.slice(0, 10) }, { userId: user.id, source: "api" });
    const small = await countQueries(() => listTodos(many, TodoListQuery.parse({ page_size: "100" })));
    await createTodos(many, { todos: rows.slice(10) }, { userId: user.id, source: "api" });
    let page: { data: TodoDto[] } = { data: [] };
    const large = await countQueries(async () => {
      page = await listTodos(many, TodoListQuery.parse({ page_size: "100", tag: "tag1" }));
      page = await listTodos(many, TodoListQuery.parse({ page_size: "100" }));
    });
    expect(page.data).toHaveLength(100);
    expect(page.data.every((t) => t.tags.length === 2)).toBe(true);
    expect(small).toBe(3);
    expect(large).toBe(2 * small);
  });
});
