import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, transaction } from "@/db/client";
import { auditEntries, tags, todos, users } from "@/db/schema";
import type { Viewer } from "@/features/accounts/viewer";
import { getAdmin, registry } from "@/features/admin/registry";
import { todoModel } from "@/features/todos/model";
import { dependentsOf } from "@/lib/admin/cascade";
import { formInput } from "@/lib/admin/form-input";
import { relatedLists } from "@/lib/admin/references";
import { adminContext, bulkActionsOf, createFromInput, deleteById, updateFromInput } from "@/lib/admin/save";
import type { AdminContext } from "@/lib/admin/types";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createRow } from "@/lib/write-path";
import { makeUser, makeViewer, testActor } from "../factories";

let admin: Viewer;
let ctx: AdminContext;

beforeAll(async () => {
  admin = makeViewer(await makeUser({ role: "admin" }));
  ctx = adminContext(admin, "req-admin");
});

const fieldErrors = (err: unknown) => (err instanceof ValidationError ? err.fields : { unexpected: [String(err)] });

describe("admin writes", () => {
  it("creates through the generic write path with an audit entry from the admin", async () => {
    const owner = await makeUser();
    const id = await createFromInput(ctx, getAdmin("tags"), { owner_id: owner.id, name: "errands" });
    const [entry] = await getDb().select().from(auditEntries).where(and(eq(auditEntries.tableName, "tags"), eq(auditEntries.rowId, id)));
    expect(entry).toMatchObject({ action: "create", source: "admin", actorId: admin.id, requestId: "req-admin" });
    expect(entry!.changes.name).toEqual([null, "errands"]);
  });

  it("answers a constraint and a required field with field errors, and writes nothing", async () => {
    const owner = await makeUser();
    await createFromInput(ctx, getAdmin("tags"), { owner_id: owner.id, name: "home" });
    const duplicate = await createFromInput(ctx, getAdmin("tags"), { owner_id: owner.id, name: "HOME" }).catch((e: unknown) => e);
    expect(fieldErrors(duplicate)).toEqual({ name: ["You already have a tag with this name."] });
    const blank = await createFromInput(ctx, getAdmin("tags"), { owner_id: owner.id, name: "  " }).catch((e: unknown) => e);
    expect(fieldErrors(blank)).toHaveProperty("name");
    const nobody = await createFromInput(ctx, getAdmin("tags"), { owner_id: "01a21c55-0000-7000-8000-000000000000", name: "x" }).catch((e: unknown) => e);
    expect(fieldErrors(nobody)).toEqual({ owner_id: ["No such row: check the id."] });
    expect(await getDb().select().from(tags).where(eq(tags.ownerId, owner.id))).toHaveLength(1);
  });

  it("saves todos through the todos DAL: a due date in the past is refused on the due_on field", async () => {
    const owner = await makeUser();
    const [todo] = await transaction(async (tx) => [(await createRow(tx, todoModel, { ownerId: owner.id, title: "Pay rent", dueOn: new Date(Date.now() - 86_400_000) }, testActor)).after]);
    const todosAdmin = getAdmin("todos");
    const form = new FormData();
    form.set("title", "Pay rent");
    form.set("description", "");
    form.set("status", "pending");
    form.set("priority", "normal");
    form.set("due_on", "2020-01-01T10:00");
    const refused = await updateFromInput(ctx, todosAdmin, todo!.id, formInput(todosAdmin.fields, form, "update")).catch((e: unknown) => e);
    expect(fieldErrors(refused)).toHaveProperty("due_on");

    // Its (past) due date left as shown, another field still saves.
    form.set("due_on", todo!.dueOn!.toISOString().slice(0, 16));
    form.set("title", "Pay the rent");
    await updateFromInput(ctx, todosAdmin, todo!.id, formInput(todosAdmin.fields, form, "update"));
    const [row] = await getDb().select().from(todos).where(eq(todos.id, todo!.id));
    expect(row?.title).toBe("Pay the rent");
    const [entry] = await getDb()
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.rowId, todo!.id), eq(auditEntries.action, "update")));
    expect(entry).toMatchObject({ source: "admin", actorId: admin.id });
    expect(Object.keys(entry!.changes)).toEqual(["title"]);
  });

  it("soft-deletes a todo from the admin", async () => {
    const owner = await makeUser();
    const [todo] = await transaction(async (tx) => [(await createRow(tx, todoModel, { ownerId: owner.id, title: "Old" }, testActor)).after]);
    await deleteById(ctx, getAdmin("todos"), todo!.id);
    const [row] = await getDb().select().from(todos).where(eq(todos.id, todo!.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
  });

  it("never lets an admin take away their own admin role", async () => {
    const self = await getDb().select().from(users).where(eq(users.id, admin.id));
    const refused = await updateFromInput(ctx, getAdmin("users"), admin.id, { email: self[0]!.email, name: "Me", role: "user", is_active: true }).catch((e: unknown) => e);
    expect(fieldErrors(refused)).toEqual({ role: ["You cannot take away your own admin role."] });
  });

  it("bans and unbans through the bans DAL, skipping the admin themselves", async () => {
    const a = await makeUser();
    const b = await makeUser();
    const ban = bulkActionsOf(getAdmin("users"), admin).find((x) => x.name === "ban")!;
    expect(await ban.run([a.id, b.id, admin.id], { reason: "spam" }, ctx)).toEqual({ done: 2, skipped: 1 });
    const rows = await getDb().select().from(users).where(eq(users.banReason, "spam"));
    expect(rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(rows.every((r) => r.isBanned && r.bannedById === admin.id)).toBe(true);
    const unban = bulkActionsOf(getAdmin("users"), admin).find((x) => x.name === "unban")!;
    await unban.run([a.id], {}, ctx);
    const [after] = await getDb().select().from(users).where(eq(users.id, a.id));
    expect(after?.isBanned).toBe(false);
  });

  it("refuses writes on read-only tables and to non-admins", async () => {
    await expect(createFromInput(ctx, getAdmin("audit-entries"), {})).rejects.toBeInstanceOf(ForbiddenError);
    const user = makeViewer(await makeUser());
    await expect(createFromInput(adminContext(user), getAdmin("tags"), { name: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists what a delete takes with it, through cascades", async () => {
    const owner = await makeUser();
    await transaction(async (tx) => {
      const { after: todo } = await createRow(tx, todoModel, { ownerId: owner.id, title: "One" }, testActor);
      await createRow(tx, todoModel, { ownerId: owner.id, title: "Two" }, testActor);
      return todo;
    });
    const usersAdmin = getAdmin("users");
    const dependents = await dependentsOf(admin, usersAdmin.reg.model.table, usersAdmin.columns.get("id")!.column, [owner.id]);
    expect(dependents).toEqual(expect.arrayContaining([expect.objectContaining({ table: "todos", via: "owner_id", effect: "deleted", count: 2 })]));
    expect(dependents).toEqual(expect.arrayContaining([expect.objectContaining({ table: "profiles", effect: "deleted", count: 1 })]));
    const related = await relatedLists(admin, usersAdmin, owner.id, registry);
    expect(related).toContainEqual({ title: "Todos (owner id)", href: `/admin/todos?owner_id=${owner.id}`, count: 2 });
  });

  it("reads a submitted form as typed input", () => {
    const form = new FormData();
    form.set("is_active", "on");
    form.set("role", "admin");
    form.set("email", "x@example.com");
    form.set("name", "X");
    const input = formInput(getAdmin("users").fields, form, "update");
    expect(input).toEqual({ email: "x@example.com", name: "X", role: "admin", is_active: true });
    const profile = new FormData();
    profile.set("links", "https://a.example\n\n https://b.example ");
    profile.set("website", "");
    expect(formInput(getAdmin("profiles").fields, profile, "update")).toMatchObject({ links: ["https://a.example", "https://b.example"], website: null });
  });
});
