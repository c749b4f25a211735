import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { env } from "@/env";
import { createTodo } from "@/features/todos/data";
import { DEFAULT_PASSWORD, makeUser, makeViewer } from "../factories";
import { expect, test } from "./fixtures";
import { signInAs } from "./sign-in";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const freshWord = () => `zq${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 8)}x`;

test("the moderation story: admin lists a word, a user trips it to a ban, appeals, the admin accepts, the user is back", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await makeUser({ role: "admin" });
  const adminContext = await browser.newContext();
  await signInAs(adminContext, admin, baseURL!);
  const adminPage = await adminContext.newPage();

  const word = freshWord();
  await adminPage.goto("/admin/moderation/words");
  await expectNoAxeViolations(adminPage);
  await adminPage.getByLabel("Word, phrase or pattern").fill(word);
  await adminPage.getByRole("button", { name: "Add banned word" }).click();
  await expect(adminPage.getByText(`Added "${word}".`)).toBeVisible();
  await expect(adminPage.getByRole("cell", { name: word, exact: true })).toBeVisible();

  await adminPage.getByLabel("Word, phrase or pattern").fill("(a+)+$");
  await adminPage.getByLabel("Match").selectOption("regex");
  await adminPage.getByRole("button", { name: "Add banned word" }).click();
  await expect(adminPage.getByText(/backtrack catastrophically/)).toBeVisible();

  await adminPage.goto("/admin/moderation");
  await adminPage.getByLabel("Text to test").fill(`hello ${word.split("").join(" ")}`);
  await adminPage.getByRole("button", { name: "Test", exact: true }).click();
  await expect(adminPage.getByText(new RegExp(`reads as "${word}"`))).toBeVisible();
  await expectNoAxeViolations(adminPage);

  const user = await makeUser();
  const userContext = await browser.newContext();
  await signInAs(userContext, user, baseURL!);
  const userPage = await userContext.newPage();
  await userPage.goto("/todos");
  await expect(userPage).toHaveURL(/\/todos/);

  const viewer = makeViewer(user);
  for (let i = 0; i < env.MODERATION_BAN_THRESHOLD; i++) await createTodo(viewer, { title: `${word} ${i}` }, { userId: user.id, source: "page" });

  // Stopped at the very next request: the ban notice (or, where the session was ended, the log-in page first).
  await userPage.goto("/todos");
  await expect(userPage).toHaveURL(/\/(banned|login)/);
  if (userPage.url().includes("/login")) {
    await userPage.getByLabel("E-mail").fill(user.email);
    await userPage.getByLabel("Password").fill(DEFAULT_PASSWORD);
    await userPage.getByRole("button", { name: "Log in" }).click();
  }
  await expect(userPage).toHaveURL(/\/banned/);
  await expect(userPage.getByTestId("ban-notice")).toContainText("Automatic ban");
  await expectNoAxeViolations(userPage);
  await userPage.getByLabel("Why should the ban be lifted?").fill("I was testing the filter, sorry.");
  await userPage.getByRole("button", { name: "Send appeal" }).click();
  await expect(userPage.getByTestId("appeal-status")).toContainText("waiting for an admin");

  await adminPage.goto("/admin/moderation");
  await expect(adminPage.getByRole("cell", { name: user.email, exact: true })).toBeVisible();
  await adminPage.goto("/admin/moderation/appeals");
  await expectNoAxeViolations(adminPage);
  const card = adminPage.getByRole("listitem").filter({ hasText: user.email });
  await card.getByRole("button", { name: "Accept and unban" }).click();
  await expect(card).toHaveCount(0);

  // The session the ban ended stays ended: the user logs in again and is back.
  await userPage.goto("/todos");
  if (userPage.url().includes("/login")) {
    await userPage.getByLabel("E-mail").fill(user.email);
    await userPage.getByLabel("Password").fill(DEFAULT_PASSWORD);
    await userPage.getByRole("button", { name: "Log in" }).click();
  }
  await expect(userPage).toHaveURL(/\/todos/);

  await adminPage.goto(`/admin/moderation/log?user_id=${user.id}`);
  await expect(adminPage.getByText(`${env.MODERATION_BAN_THRESHOLD} hit(s)`)).toBeVisible();
  await expectNoAxeViolations(adminPage);
  await adminContext.close();
  await userContext.close();
});
