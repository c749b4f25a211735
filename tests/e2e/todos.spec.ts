import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createTodo } from "@/features/todos/data";
import { DEFAULT_PASSWORD, makeUser, makeViewer } from "../factories";
import { expect, test } from "./fixtures";

async function logInAsNewUser(page: Page) {
  const user = await makeUser({ name: "Todo Tester" });
  await page.goto("/login?next=/todos");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/todos$/);
  await expect(page.getByRole("heading", { level: 1, name: "Todos" })).toBeVisible();
  return { user, viewer: makeViewer(user), actor: { userId: user.id, source: "page" as const } };
}

const items = (page: Page) => page.getByTestId("todo-item");

test("the list: empty state, quick add, filters, search and one-click status changes", async ({ page }) => {
  const { viewer, actor } = await logInAsNewUser(page);
  await expect(page.getByText("No todos yet.")).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);

  await page.getByLabel("Quick add").fill("   ");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.locator("#quick-add-status")).toContainText("Title must not be empty.");
  await page.getByLabel("Quick add").fill("Buy milk");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText("Buy milk");

  await createTodo(viewer, { title: "File taxes", description: "Before the deadline", priority: "urgent", tags: ["money"] }, actor);
  await createTodo(viewer, { title: "Paint the fence", tags: ["home"] }, actor);
  await page.reload();
  await expect(items(page)).toHaveCount(3);

  await page.getByLabel("Tag").selectOption("money");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/tag=money/);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText("File taxes");

  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await page.getByLabel("Search title or description").fill("deadline");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText("File taxes");

  await page.getByLabel("Search title or description").fill("nothing like this");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();

  await page.goto("/todos");
  await page.getByRole("button", { name: "Start: Buy milk" }).click();
  await expect(items(page).filter({ hasText: "Buy milk" }).getByTestId("todo-status")).toHaveText("In progress");
  await page.getByRole("button", { name: "Complete: Buy milk" }).click();
  await expect(items(page).filter({ hasText: "Buy milk" }).getByTestId("todo-status")).toHaveText("Completed");

  await page.getByLabel("Status").selectOption("completed");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText("Buy milk");
});

test("add with the full form, edit with a validation error, see the history", async ({ page }) => {
  await logInAsNewUser(page);
  await page.getByRole("link", { name: "New todo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New todo" })).toBeVisible();
  await page.getByLabel("Title").fill("Renew passport");
  await page.getByLabel("Description").fill("Photos first");
  await page.getByLabel("Due", { exact: true }).fill("2001-01-01T10:00");
  await page.getByLabel("Tags").fill("errands, papers");
  await page.getByRole("button", { name: "Create todo" }).click();
  // Refused: the error is next to the field and what was typed stays.
  await expect(page.locator("#field-due_on-error")).toContainText("must be in the future");
  await expect(page.getByLabel("Title")).toHaveValue("Renew passport");
  await expect(page.getByLabel("Tags")).toHaveValue("errands, papers");
  await page.getByLabel("Due", { exact: true }).fill("2099-05-01T10:00");
  await page.getByRole("button", { name: "Create todo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Renew passport" })).toBeVisible();
  await expect(page.getByRole("link", { name: "#papers" })).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Title").fill("");
  await page.getByLabel("Description").fill("Photos first, then the form");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#field-title-error")).toContainText("Title must not be empty.");
  await expect(page.getByLabel("Description")).toHaveValue("Photos first, then the form");
  await page.getByLabel("Title").fill("Renew the passport");
  await page.getByLabel("Status").selectOption("completed");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Renew the passport" })).toBeVisible();
  await expect(page.getByTestId("detail-status")).toHaveText("Completed");
  const history = page.getByTestId("history-entry");
  await expect(history).toHaveCount(2);
  await expect(history.nth(1)).toContainText("status pending → completed");
  await expect(history.nth(1)).toContainText("title Renew passport → Renew the passport");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test("a repeating todo is set up with a preset", async ({ page }) => {
  await logInAsNewUser(page);
  await page.goto("/todos/new");
  await page.getByLabel("Title").fill("Team sync");
  await page.locator("#field-recurrence_preset").selectOption("weekly");
  await page.getByRole("button", { name: "Create todo" }).click();
  await expect(page.locator("#field-recurrence_weekdays-error")).toContainText("Pick at least one day");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await expect(page.locator("#field-recurrence_preset")).toHaveValue("weekly");
  await page.getByLabel("Monday").check();
  await page.getByLabel("Wednesday").check();
  await page.getByLabel("Due", { exact: true }).fill("2001-01-05T09:00");
  await page.getByRole("button", { name: "Create todo" }).click();
  // Refused for the past due date: the repeat and both days stay chosen.
  await expect(page.locator("#field-due_on-error")).toContainText("must be in the future");
  await expect(page.getByLabel("Monday")).toBeChecked();
  await expect(page.getByLabel("Wednesday")).toBeChecked();
  await page.getByLabel("Due", { exact: true }).fill("2099-01-05T09:00");
  await page.getByRole("button", { name: "Create todo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team sync" })).toBeVisible();
  await expect(page.getByText(/every week on Monday, Wednesday/i)).toBeVisible();
});

test("the tags page renames and deletes tags and shows counts", async ({ page }) => {
  const { viewer, actor } = await logInAsNewUser(page);
  await createTodo(viewer, { title: "One", tags: ["wrok"] }, actor);
  await createTodo(viewer, { title: "Two", tags: ["wrok", "later"] }, actor);
  await page.goto("/tags");
  await expect(page.getByTestId("tag-row")).toHaveCount(2);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await expect(page.getByTestId("tag-row").filter({ has: page.getByLabel("Name of tag wrok") })).toContainText("2 todos");
  await page.getByLabel("Name of tag wrok").fill("work");
  await page.getByTestId("tag-row").filter({ has: page.getByLabel("Name of tag wrok") }).getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText("Renamed.")).toBeVisible();
  await page.getByRole("button", { name: "Delete tag later" }).click();
  await expect(page.getByTestId("tag-row")).toHaveCount(1);
  await page.goto("/todos");
  await expect(page.getByRole("link", { name: "#work" })).toHaveCount(2);
});

test("the list updates live when a todo is added elsewhere", async ({ page }) => {
  const { viewer, actor } = await logInAsNewUser(page);
  await page.getByLabel("Quick add").fill("Typed, not sent");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  await createTodo(viewer, { title: "Added through the API" }, { ...actor, source: "api" });
  await expect(items(page)).toHaveCount(1, { timeout: 15_000 });
  await expect(items(page).first()).toContainText("Added through the API");
  await expect(page.getByLabel("Quick add")).toHaveValue("Typed, not sent");
});

test("the API reference at /api/docs is rendered from the OpenAPI document", async ({ page }) => {
  test.setTimeout(90_000); // axe over every endpoint's tables is slow on a busy machine
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1, name: "Warden API" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Todos" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "post /api/v1/todos/bulk" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("quick add, a status change, a refused form and the filters still work", async ({ page }) => {
    await logInAsNewUser(page);
    await page.getByLabel("Quick add").fill("Works without scripts");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(items(page)).toHaveCount(1);
    await page.getByRole("button", { name: "Start: Works without scripts" }).click();
    await expect(items(page).first().getByTestId("todo-status")).toHaveText("In progress");

    await page.goto("/todos/new");
    await page.getByLabel("Title").fill("Plain form");
    await page.getByLabel("Due", { exact: true }).fill("2001-01-01T10:00");
    await page.getByRole("button", { name: "Create todo" }).click();
    await expect(page.locator("#field-due_on-error")).toContainText("must be in the future");
    await expect(page.getByLabel("Title")).toHaveValue("Plain form");
    await page.getByLabel("Due", { exact: true }).fill("");
    await page.getByRole("button", { name: "Create todo" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Plain form" })).toBeVisible();

    await page.goto("/todos");
    await page.getByLabel("Status").selectOption("in_progress");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(items(page)).toHaveCount(1);
    await expect(items(page).first()).toContainText("Works without scripts");
  });
});
