import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { users } from "@/db/schema";
import { moderationLogModel } from "@/features/moderation/model";
import { createTodo } from "@/features/todos/data";
import { createRow } from "@/lib/write-path";
import { DEFAULT_PASSWORD, makeUser, makeViewer, testActor } from "../factories";
import { expect, test } from "./fixtures";

async function logIn(page: Page, email: string, next = "/admin") {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

async function logInAdmin(page: Page) {
  const admin = await makeUser({ role: "admin", name: "Site Admin" });
  await logIn(page, admin.email);
  return admin;
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const tag = () => `t${randomUUID().slice(0, 8)}`;

test("a user gets a 403 on every admin page and on the export; a visitor is sent to log in", async ({ page, browser }) => {
  const user = await makeUser();
  const paths = ["/admin", "/admin/users", `/admin/users/${user.id}`, "/admin/users/new", `/admin/users/${user.id}/delete`, "/admin/todos", "/admin/events", "/admin/audit-entries"];
  const anonymous = await browser.newPage();
  for (const path of paths) {
    await anonymous.goto(path);
    await expect(anonymous).toHaveURL(/\/login\?next=/);
  }
  await anonymous.close();

  await logIn(page, user.email, "/todos");
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "403 — Admins only" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Users" })).toHaveCount(0);
  }
  const csv = await page.request.get("/admin/users/export.csv");
  expect(csv.status()).toBe(403);
});

test("an admin searches, filters and sorts a list", async ({ page }) => {
  await logInAdmin(page);
  const t = tag();
  for (const [name, role] of [["Zed", "user"], ["Amy", "admin"], ["Bob", "admin"], ["Cat", "user"]] as const) {
    await makeUser({ name: `${name} ${t}`, email: `${name.toLowerCase()}-${t}@example.com`, role });
  }
  await page.goto("/admin/users");
  await page.getByRole("searchbox").fill(t);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("Showing 1–4 of 4")).toBeVisible();

  await page.getByLabel("Role").selectOption("admin");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Showing 1–2 of 2")).toBeVisible();

  const table = page.getByRole("table", { name: "Users" });
  await table.getByRole("link", { name: "Email" }).click();
  await expect(table.getByRole("columnheader", { name: /Email/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr td:nth-child(2)")).toHaveText([`amy-${t}@example.com`, `bob-${t}@example.com`]);
  await table.getByRole("link", { name: "Email" }).click();
  await expect(table.locator("tbody tr td:nth-child(2)")).toHaveText([`bob-${t}@example.com`, `amy-${t}@example.com`]);
  // The search and the filter survive sorting.
  await expect(page).toHaveURL(new RegExp(`q=${t}.*role=admin|role=admin.*q=${t}`));
});

test("an admin bans every user matching a filter across two pages", async ({ page }) => {
  await logInAdmin(page);
  const t = tag();
  const made = [];
  for (let i = 0; i < 12; i++) made.push(await makeUser({ name: `Bulk ${i} ${t}` }));
  await page.goto(`/admin/users?q=${t}&per_page=10`);
  await expect(page.getByText("Showing 1–10 of 12")).toBeVisible();
  await page.getByLabel("Select every row on this page").check();
  await page.getByRole("button", { name: "Select all 12 users matching this filter" }).click();
  await expect(page.getByText("All 12 users matching this filter are selected.")).toBeVisible();
  await page.getByLabel(/Action on 12 selected/).selectOption("ban");
  await page.getByRole("button", { name: "Run…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Ban 12 users?");
  await dialog.getByLabel(/Reason/).fill("Spam wave");
  await dialog.getByRole("button", { name: "Ban 12" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ban: 12 changed." })).toBeVisible();

  const rows = await getDb().select({ isBanned: users.isBanned, banReason: users.banReason }).from(users).where(inArray(users.id, made.map((u) => u.id)));
  expect(rows).toHaveLength(12);
  expect(rows.every((r) => r.isBanned && r.banReason === "Spam wave")).toBe(true);
  await page.goto(`/admin/users?q=${t}&is_banned=true`);
  await expect(page.getByText("Showing 1–12 of 12")).toBeVisible();
});

test("an edit that breaks a rule is refused with the error next to the field, and the history shows saved changes", async ({ page }) => {
  await logInAdmin(page);
  const owner = await makeUser();
  const todo = await createTodo(makeViewer(owner), { title: `Edit me ${tag()}`, due_on: new Date(Date.now() + 7 * 86_400_000).toISOString() }, testActor);
  await page.goto(`/admin/todos/${todo.id}`);
  await expectNoAxeViolations(page);

  await page.getByLabel(/Due on/).fill("2020-01-01T10:00");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#field-due_on-error")).toContainText(/future/i);
  await expect(page.getByLabel(/Due on/)).toHaveValue("2020-01-01T10:00");

  await page.getByLabel(/Due on/).fill("");
  await page.getByLabel("Title").fill("Edited by the admin");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText(/update by/i);
  await expect(history).toContainText("from admin");
  await expect(history).toContainText("Edited by the admin");
});

test("CSV export holds the filtered list, in its order, without secrets", async ({ page }) => {
  await logInAdmin(page);
  const t = tag();
  for (const name of ["carol", "alice", "bob"]) await makeUser({ name: `${name} ${t}`, email: `${name}-${t}@example.com` });
  const response = await page.request.get(`/admin/users/export.csv?q=${t}&o=email`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\n");
  const header = lines[0]!.split(",");
  expect(header).toContain("email");
  expect(header).not.toContain("password_hash");
  const emailAt = header.indexOf("email");
  expect(lines.slice(1).map((line) => line.split(",")[emailAt])).toEqual([`alice-${t}@example.com`, `bob-${t}@example.com`, `carol-${t}@example.com`]);
});

test("the home shows figures and charts, and a new moderation hit appears live", async ({ page }) => {
  await logInAdmin(page);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("figure-users")).not.toHaveText("0");
  await expect(page.getByRole("figure", { name: /Moderation hits per day/ })).toBeVisible();
  await expect(page.getByRole("figure", { name: /Top offenders/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByTestId("live-status")).toHaveText("Live");

  const offender = await makeUser();
  const matched = `naughty-${tag()}`;
  await transaction((tx) => createRow(tx, moderationLogModel, { userId: offender.id, word: "naughty", matchedText: matched, field: "title" }, testActor));
  await expect(page.getByTestId("live-feed")).toContainText(matched, { timeout: 2_000 });
});

test("a list page passes axe, in dark mode too, and folds its filters away on a phone", async ({ page }) => {
  await logInAdmin(page);
  await page.goto("/admin/users");
  await expectNoAxeViolations(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).not.toBe(light);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.getByRole("button", { name: "Filters" })).toBeVisible();
  await expect(page.getByLabel("Role")).toBeHidden();
  await page.getByRole("button", { name: "Filters" }).click();
  await expect(page.getByLabel("Role")).toBeVisible();
});

test("creating a user from the admin checks the form like everywhere else", async ({ page }) => {
  await logInAdmin(page);
  await page.goto("/admin/users/new");
  await expectNoAxeViolations(page);
  const email = `new-${tag()}@example.com`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("New Person");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.locator("#field-password-error")).toContainText("at least 8");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(email);
});

test("deleting a user shows what goes with it, then deletes it all", async ({ page }) => {
  await logInAdmin(page);
  const owner = await makeUser({ name: `Leaving ${tag()}` });
  const viewer = makeViewer(owner);
  await createTodo(viewer, { title: "First" }, testActor);
  await createTodo(viewer, { title: "Second" }, testActor);
  await page.goto(`/admin/users/${owner.id}`);
  await page.getByRole("link", { name: "Delete…" }).click();
  const effects = page.getByRole("list", { name: "Rows that go with it" });
  await expect(effects).toContainText("2 todos deleted with it");
  await expect(effects).toContainText("1 profiles deleted with it");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?deleted=1$/);
  expect(await getDb().select().from(users).where(inArray(users.id, [owner.id]))).toHaveLength(0);
});
