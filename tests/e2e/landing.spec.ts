import { expect, test } from "./fixtures";

test("the landing page shows live figures from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Warden" })).toBeVisible();
  // The server created the first admin at its first start, so there is at least one user.
  await expect(page.getByTestId("stat-users")).not.toHaveText("0");
  const users = Number((await page.getByTestId("stat-users").textContent())?.replace(/,/g, ""));
  expect(users).toBeGreaterThanOrEqual(1);
});
