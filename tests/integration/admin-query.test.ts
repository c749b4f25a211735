import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, transaction } from "@/db/client";
import { auditEntries, todos } from "@/db/schema";
import type { Viewer } from "@/features/accounts/viewer";
import { getAdmin, registry } from "@/features/admin/registry";
import { todoModel } from "@/features/todos/model";
import { userModel } from "@/features/users/model";
import { parseListQuery, type ListQuery } from "@/lib/admin/list-query";
import { countMatching, idsMatching, iterateRows, listRows } from "@/lib/admin/query";
import { ForbiddenError } from "@/lib/errors";
import { createRow, updateRow } from "@/lib/write-path";
import { makeUser, makeViewer, testActor } from "../factories";

const users = getAdmin("users");
const todosAdmin = getAdmin("todos");

let admin: Viewer;
/** Every name in this file carries the run's tag, so searches only see this file's rows. */
const tag = `qb${randomUUID().slice(0, 6)}`;
const emails: string[] = [];

function query(params: Record<string, string>, which = users): ListQuery {
  return parseListQuery(which, new URLSearchParams({ q: tag, ...params }));
}

beforeAll(async () => {
  admin = makeViewer(await makeUser({ role: "admin", name: "Admin" }));
  const names = ["Alice", "bob", "Carol", "dave", "Erin", "frank", "Grace"];
  for (const [i, name] of names.entries()) {
    const user = await makeUser({ name: `${name} ${tag}`, email: `${name.toLowerCase()}-${tag}@example.com`, role: i === 0 ? "admin" : "user" });
    emails.push(user.email);
    if (i % 2 === 1) await transaction((tx) => updateRow(tx, userModel, user.id, { isBanned: true, bannedAt: new Date() }, testActor));
  }
});

describe("admin list queries", () => {
  it("registers every table once, under a kebab-case slug", () => {
    const slugs = registry.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of ["users", "profiles", "todos", "tags", "banned-words", "allowed-words", "moderation-logs", "ban-appeals", "audit-entries", "sessions", "events"]) {
      expect(slugs).toContain(slug);
    }
  });

  it("searches the declared fields, case-insensitively", async () => {
    const { rows, total } = await listRows(admin, users, query({ q: `CAROL ${tag}` }));
    expect(total).toBe(1);
    expect(rows[0]!.email).toBe(`carol-${tag}@example.com`);
  });

  it("treats % and _ in a search as plain characters", async () => {
    const { total } = await listRows(admin, users, query({ q: `${tag}%` }));
    expect(total).toBe(0);
  });

  it("filters by a choice and a boolean together", async () => {
    const { rows, total } = await listRows(admin, users, query({ role: "user", is_banned: "true" }));
    expect(total).toBe(3);
    expect(rows.every((r) => r.role === "user" && r.is_banned === true)).toBe(true);
  });

  it("ignores values a filter does not allow, and parameters nobody declared", async () => {
    const q = query({ role: "root", is_banned: "maybe", password_hash: "x", o: "password_hash" });
    expect(q.filters).toEqual({});
    expect(q.sort).toEqual({ name: "created_at", desc: true });
    expect((await listRows(admin, users, q)).total).toBe(7);
  });

  it("filters a date range by whole days", async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await listRows(admin, users, query({ created_at__gte: today, created_at__lte: today }))).total).toBe(7);
    expect((await listRows(admin, users, query({ created_at__lte: "2000-01-01" }))).total).toBe(0);
  });

  it("sorts by a listed column either way and pages through the result", async () => {
    const asc = await listRows(admin, users, query({ o: "email", per_page: "10" }));
    expect(asc.rows.map((r) => r.email)).toEqual([...emails].sort());
    const desc = await listRows(admin, users, query({ o: "-email", per_page: "10", page: "1" }));
    expect(desc.rows.map((r) => r.email)).toEqual([...emails].sort().reverse());
  });

  it("counts and walks every row matching a filter across pages (select all matching)", async () => {
    const q = query({ is_banned: "false", per_page: "10" });
    expect(await countMatching(admin, users, q)).toBe(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const batch = await idsMatching(admin, users, q, after, 3);
      if (batch.length === 0) break;
      seen.push(...batch);
      after = batch[batch.length - 1]!;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it("streams every matching row in the list's order, whatever the batch size", async () => {
    for (const o of ["email", "-created_at", "-last_login_at", "role"]) {
      const q = query({ o, per_page: "100" });
      const listed = (await listRows(admin, users, q)).rows.map((r) => r.id);
      const streamed: string[] = [];
      for await (const batch of iterateRows(admin, users, q, 2)) streamed.push(...batch.map((r) => r.id));
      expect(streamed).toEqual(listed);
    }
  });

  it("shows soft-deleted todos, and filters on them", async () => {
    const owner = await makeUser({ name: `Owner ${tag}` });
    const [live, gone] = await transaction(async (tx) => [
      (await createRow(tx, todoModel, { ownerId: owner.id, title: `live ${tag}` }, testActor)).after,
      (await createRow(tx, todoModel, { ownerId: owner.id, title: `gone ${tag}` }, testActor)).after,
    ]);
    await transaction((tx) => updateRow(tx, todoModel, gone!.id, { deletedAt: new Date() }, testActor));
    const all = await listRows(admin, todosAdmin, query({ owner_id: owner.id }, todosAdmin));
    expect(all.total).toBe(2);
    const deleted = await listRows(admin, todosAdmin, query({ owner_id: owner.id, deleted_at: "yes" }, todosAdmin));
    expect(deleted.rows.map((r) => r.id)).toEqual([gone!.id]);
    const [row] = await getDb().select().from(todos).where(eq(todos.id, live!.id));
    expect(row?.deletedAt).toBeNull();
  });

  it("refuses a viewer who is not an admin", async () => {
    const user = makeViewer(await makeUser());
    await expect(listRows(user, users, query({}))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("never lets audit_entries be edited from the admin", () => {
    const audit = getAdmin("audit-entries");
    expect(audit.can).toEqual({ create: false, update: false, delete: false });
    expect(auditEntries).toBeDefined();
  });
});
