import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, passwordResetTokens, profiles, sessions } from "@/db/schema";
import { env } from "@/env";
import * as register from "@/app/api/v1/auth/register/route";
import * as reset from "@/app/api/v1/auth/password-reset/route";
import * as confirm from "@/app/api/v1/auth/password-reset/confirm/route";
import * as token from "@/app/api/v1/auth/token/route";
import * as me from "@/app/api/v1/me/route";
import { requestPasswordReset } from "@/features/accounts/password-reset";
import { verifyCredentials } from "@/features/accounts/login";
import { DEFAULT_PASSWORD, makeUser, uniqueEmail } from "../factories";
import { resetLinkIn, startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { call, freshIp } from "./accounts-helpers";

describe("registration", () => {
  it("creates a user with the user role and a profile, answering 201 without secrets", async () => {
    const email = uniqueEmail("reg");
    const res = await call(register.POST, "/api/v1/auth/register", { body: { email: email.toUpperCase(), password: "long-enough-pw", name: " Grace " }, ip: freshIp() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ email, name: "Grace", role: "user", is_banned: false, profile: { timezone: "UTC", bio: "" } });
    expect(JSON.stringify(res.json)).not.toMatch(/hash|password/);
    const [profile] = await getDb().select().from(profiles).where(eq(profiles.userId, String(res.json!.id)));
    expect(profile).toBeDefined();
  });

  it("refuses a role in the body: registration always makes a plain user", async () => {
    const res = await call(register.POST, "/api/v1/auth/register", { body: { email: uniqueEmail(), password: "long-enough-pw", name: "X", role: "admin" }, ip: freshIp() });
    expect(res.status).toBe(201);
    expect(res.json?.role).toBe("user");
  });

  it("answers bad fields with 422 and per-field messages, and malformed JSON with 400", async () => {
    const res = await call(register.POST, "/api/v1/auth/register", { body: { email: "nope", password: "short" }, ip: freshIp() });
    expect(res.status).toBe(422);
    expect(Object.keys(res.json?.error?.fields ?? {}).sort()).toEqual(["email", "name", "password"]);
    const bad = await call(register.POST, "/api/v1/auth/register", { body: "not an object", ip: freshIp() });
    expect(bad.status).toBe(400);
  });

  it("answers a taken e-mail (any case) with a 422 on email, as documented", async () => {
    const user = await makeUser();
    const res = await call(register.POST, "/api/v1/auth/register", { body: { email: user.email.toUpperCase(), password: "long-enough-pw", name: "Y" }, ip: freshIp() });
    expect(res.status).toBe(422);
    expect(res.json?.error?.fields?.email?.[0]).toMatch(/already exists/);
  });

  it("is rate limited per address: the 11th registration in a minute is a 429", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await call(register.POST, "/api/v1/auth/register", { body: { email: uniqueEmail("burst"), password: "x", name: "Z" }, ip })).status);
    }
    // Invalid bodies are refused before counting; valid-looking ones count.
    expect(statuses.every((s) => s === 422)).toBe(true);
    const valid: number[] = [];
    for (let i = 0; i < 11; i++) {
      valid.push((await call(register.POST, "/api/v1/auth/register", { body: { email: uniqueEmail("burst"), password: "long-enough-pw", name: "Z" }, ip })).status);
    }
    expect(valid.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(valid[10]).toBe(429);
  });
});

describe("password reset", () => {
  let sink: SmtpSink;
  const savedSmtp = env.SMTP_URL;
  beforeAll(async () => {
    sink = await startSmtpSink();
    env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
  });
  afterAll(async () => {
    env.SMTP_URL = savedSmtp;
    await sink.close();
  });

  it("answers a known and an unknown e-mail with the same status and body", async () => {
    const user = await makeUser();
    const known = await call(reset.POST, "/api/v1/auth/password-reset", { body: { email: user.email }, ip: freshIp() });
    const unknown = await call(reset.POST, "/api/v1/auth/password-reset", { body: { email: "nobody-here@example.com" }, ip: freshIp() });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(known.status);
    expect(unknown.json).toEqual(known.json);
    await sink.waitFor(user.email);
    const unknownMails = await getDb().select().from(mailOutbox).where(eq(mailOutbox.to, "nobody-here@example.com"));
    expect(unknownMails).toHaveLength(0);
  });

  it("sends the link over SMTP, stores only its hash, and the link sets the password once", async () => {
    const user = await makeUser();
    const { mail } = await requestPasswordReset({ email: user.email }, { ip: freshIp(), userAgent: "t", requestId: "r1", origin: "http://warden.test" }, "api");
    await mail;
    const link = resetLinkIn(await sink.waitFor(user.email));
    expect(link.startsWith("http://warden.test/password-reset/confirm?token=")).toBe(true);
    const tokenValue = new URL(link).searchParams.get("token")!;
    const [stored] = await getDb().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(stored!.tokenHash).not.toContain(tokenValue);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeLessThanOrEqual(60 * 60 * 1000 + 1000);
    const [outbox] = await getDb().select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(outbox).toMatchObject({ transport: "smtp", error: null });
    expect(outbox!.sentAt).toBeInstanceOf(Date);

    // A session from before the reset ends with it.
    const pair = (await call(token.POST, "/api/v1/auth/token", { body: { email: user.email, password: DEFAULT_PASSWORD }, ip: freshIp() })).json as { access: string };
    const ok = await call(confirm.POST, "/api/v1/auth/password-reset/confirm", { body: { token: tokenValue, password: "brand-new-password" }, ip: freshIp() });
    expect(ok.status).toBe(204);
    expect((await verifyCredentials(user.email, "brand-new-password"))?.id).toBe(user.id);
    expect(await verifyCredentials(user.email, DEFAULT_PASSWORD)).toBeNull();
    expect((await call(me.GET, "/api/v1/me", { token: pair.access })).status).toBe(401);
    const live = await getDb().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(live.every((s) => s.revokedAt !== null)).toBe(true);

    const again = await call(confirm.POST, "/api/v1/auth/password-reset/confirm", { body: { token: tokenValue, password: "another-password" }, ip: freshIp() });
    expect(again.status).toBe(422);
    expect(again.json?.error?.fields?.token).toBeDefined();
  });

  it("refuses an expired link", async () => {
    const user = await makeUser();
    const { mail } = await requestPasswordReset({ email: user.email }, { ip: freshIp(), userAgent: "t", requestId: null, origin: null }, "api");
    await mail;
    const tokenValue = new URL(resetLinkIn(await sink.waitFor(user.email))).searchParams.get("token")!;
    await getDb().update(passwordResetTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(passwordResetTokens.userId, user.id));
    const res = await call(confirm.POST, "/api/v1/auth/password-reset/confirm", { body: { token: tokenValue, password: "brand-new-password" }, ip: freshIp() });
    expect(res.status).toBe(422);
  });

  it("without SMTP_URL writes the mail to the log and keeps it in the outbox", async () => {
    const user = await makeUser();
    env.SMTP_URL = undefined;
    try {
      const { mail } = await requestPasswordReset({ email: user.email }, { ip: freshIp(), userAgent: "t", requestId: null, origin: null }, "page");
      await mail;
    } finally {
      env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
    }
    const [outbox] = await getDb().select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(outbox).toMatchObject({ transport: "log", error: null });
    expect(outbox!.text).toContain("/password-reset/confirm?token=");
  });
});
