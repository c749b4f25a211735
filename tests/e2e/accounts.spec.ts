import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { setBans } from "@/features/users/bans";
import { findUserByEmail } from "@/features/users/data";
import { DEFAULT_PASSWORD, makeUser, testActor, uniqueEmail } from "../factories";
import { resetLinkIn, startSmtpSink } from "../support/smtp-sink";
import { expect, test } from "./fixtures";
import { signInAs } from "./sign-in";

async function logIn(page: Page, email: string, password = DEFAULT_PASSWORD) {
  await page.goto("/login?next=/profile");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
}

/** Registers, first with a too-short password: the refusal shows next to the field and keeps what was typed. */
async function registerAfterARefusal(page: Page, name: string, email: string) {
  await page.goto("/register");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#field-password-error")).toContainText("at least 8");
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Your account is ready")).toBeVisible();
}

test("a new user registers, logs in, edits the profile and logs out", async ({ page }) => {
  const email = uniqueEmail("new");
  await registerAfterARefusal(page, "Ada Lovelace", email);

  // A user page sends an anonymous visitor to log in and back.
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();

  await page.getByLabel("Bio").fill("Writes programs for engines.");
  await page.getByLabel("Website").fill("not a web address");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#field-website-error")).toContainText("http");
  await expect(page.getByLabel("Bio")).toHaveValue("Writes programs for engines.");
  await page.getByLabel("Website").fill("https://example.com/ada");
  await page.getByLabel("Time zone").selectOption("Europe/London");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/London");
  await expect(page.getByLabel("Website")).toHaveValue("https://example.com/ada");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByText("You are logged out.")).toBeVisible();
  // Logging out ended the session row, not just the cookie.
  const user = await findUserByEmail(email);
  expect(await getDb().select().from(sessions).where(and(eq(sessions.userId, user!.id), isNull(sessions.revokedAt)))).toHaveLength(0);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login/);
});

test("scripts log in through /api/auth/csrf and the credentials callback", async ({ request }) => {
  const user = await makeUser();
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", { form: { email: user.email, password: DEFAULT_PASSWORD, csrfToken }, maxRedirects: 0 });
  expect(res.status()).toBe(302);
  const me = await request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect((await me.json()).email).toBe(user.email);
  const wrong = await request.post("/api/auth/callback/credentials", { form: { email: user.email, password: "wrong-password", csrfToken }, maxRedirects: 0 });
  expect(wrong.headers().location).toContain("error=CredentialsSignin");
});

test("the tokens page makes a Bearer token without ending the browser session, and revokes it", async ({ page, context, baseURL, playwright }) => {
  const user = await makeUser();
  await signInAs(context, user, baseURL!);
  await page.goto("/tokens");
  await page.getByRole("button", { name: "Create a token" }).click();
  const access = await page.getByLabel(/Access token/).inputValue();
  const api = await playwright.request.newContext({ baseURL });
  const auth = { Authorization: `Bearer ${access}` };
  expect((await api.get("/api/v1/me", { headers: auth })).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("api-token")).toHaveCount(1);
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("api-token")).toHaveCount(0);
  const revoked = await api.get("/api/v1/me", { headers: auth });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe("token_not_valid");
  await api.dispose();
});

test("a second login ends the first device's session at its next click", async ({ browser }) => {
  const user = await makeUser();
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await logIn(a, user.email);
  await logIn(b, user.email);
  await a.getByRole("link", { name: "Sessions" }).click();
  await expect(a).toHaveURL(/\/login\?next=%2Fsessions/);
  await b.getByRole("link", { name: "Sessions" }).click();
  await expect(b.getByTestId("session")).toHaveCount(1);
  await expect(b.getByText("This device")).toBeVisible();
  await first.close();
  await second.close();
});

test("a user banned mid-session is stopped at the next click and sees why", async ({ page, context, baseURL }) => {
  const user = await makeUser();
  await signInAs(context, user, baseURL!);
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
  // The real ban, which also ends every session the user has.
  await setBans({ user_ids: [user.id], action: "ban", reason: "Spam in todo titles" }, { bannedBy: null, selfId: null }, testActor);
  await page.getByRole("link", { name: "Sessions" }).click();
  await expect(page).toHaveURL(/\/banned$/);
  await expect(page.getByTestId("ban-notice")).toContainText("Spam in todo titles");
  // The API says so too, with the browser session.
  const api = await page.request.patch("/api/v1/me/profile", { data: { bio: "x" } });
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe("user_banned");
});

test("password reset through the SMTP sink: the e-mailed link sets a new password", async ({ page }) => {
  const sink = await startSmtpSink(Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3217) + 20000));
  try {
    const user = await makeUser();
    await page.goto("/password-reset");
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByText("If an account uses this e-mail address")).toBeVisible();
    const link = resetLinkIn(await sink.waitFor(user.email));
    await page.goto(link);
    await page.getByLabel("New password").fill("a-brand-new-password");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await expect(page.getByText("Your password was changed")).toBeVisible();
    await logIn(page, user.email, "a-brand-new-password");
    // The link is single use.
    await page.goto(link);
    await page.getByLabel("New password").fill("yet-another-password");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toBeVisible();
  } finally {
    await sink.close();
  }
});

test("the account pages have no axe violations and send security headers", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-request-id"]).toBeTruthy();
  for (const path of ["/login", "/register", "/password-reset"]) {
    await page.goto(path);
    expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
  }
  const user = await makeUser();
  await logIn(page, user.email);
  for (const path of ["/profile", "/sessions", "/tokens"]) {
    await page.goto(path);
    expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("register, log in and save the profile still work, with field errors", async ({ page }) => {
    const email = uniqueEmail("nojs");
    await registerAfterARefusal(page, "No Script", email);
    await page.goto("/login?next=/profile");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
    await page.getByLabel("Location").fill("Lisbon");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Profile saved.")).toBeVisible();
    await expect(page.getByLabel("Location")).toHaveValue("Lisbon");
  });
});
