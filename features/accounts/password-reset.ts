/**
 * Password reset by e-mailed link: 32 random bytes, stored sha256-hashed, valid for one
 * hour, single use. The request answers the same whether or not the address is known, and
 * sends the mail without waiting, so the answer time does not tell either.
 */
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { transaction } from "@/db/client";
import { passwordResetTokens, users, type User } from "@/db/schema";
import { env } from "@/env";
import { findUserByEmail } from "@/features/users/data";
import { userModel } from "@/features/users/model";
import { parseInput, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail";
import { hashPassword } from "@/lib/password";
import { enforceAuthLimit } from "@/lib/rate-limit";
import { createRow, updateRow, type Source } from "@/lib/write-path";
import { hashToken } from "./api-tokens";
import { passwordResetTokenModel } from "./model";
import type { RequestMeta } from "./request-meta";
import { PasswordResetConfirmInput, PasswordResetRequestInput } from "./schemas";
import { revokeSessionsOfUser } from "./sessions";

const RESET_TTL_MS = 60 * 60 * 1000;

export const RESET_REQUESTED_MESSAGE = "If an account uses this e-mail address, a link to choose a new password is on its way. It works for one hour.";

export function resetLink(token: string, origin: string | null): string {
  const base = env.APP_URL ?? origin ?? `http://localhost:${env.PORT}`;
  return new URL(`/password-reset/confirm?${new URLSearchParams({ token })}`, base).toString();
}

/** Starts a reset. `mail` settles when the link is stored and sent (tests wait on it; the API does not). */
export async function requestPasswordReset(input: { email: string }, meta: RequestMeta, source: Source): Promise<{ detail: string; mail: Promise<unknown> }> {
  const { email } = parseInput(PasswordResetRequestInput, input);
  await enforceAuthLimit(meta.ip, email);
  const user = await findUserByEmail(email);
  if (!user || !user.isActive) {
    return { detail: RESET_REQUESTED_MESSAGE, mail: Promise.resolve() };
  }
  // Token and mail are made after answering, so a known address answers as fast as an unknown one.
  const mail = createAndSendResetLink(user, meta, source).catch((err: unknown) =>
    log.error("password reset mail failed", { requestId: meta.requestId, error: err instanceof Error ? err.message : String(err) }),
  );
  return { detail: RESET_REQUESTED_MESSAGE, mail };
}

async function createAndSendResetLink(user: User, meta: RequestMeta, source: Source) {
  const token = randomBytes(32).toString("base64url");
  await transaction((tx) =>
    createRow(
      tx,
      passwordResetTokenModel,
      { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) },
      { userId: user.id, source, requestId: meta.requestId },
    ),
  );
  return sendMail(
    {
      to: user.email,
      subject: "Choose a new Warden password",
      text: [
        `Hello ${user.name},`,
        "",
        "Someone (hopefully you) asked to reset the password of your Warden account.",
        "Open this link within one hour to choose a new one:",
        "",
        resetLink(token, meta.origin),
        "",
        "If it was not you, ignore this mail: your password stays as it is.",
      ].join("\n"),
    },
    { requestId: meta.requestId },
  );
}

const INVALID_LINK = "This reset link is not valid: it was used already, has expired, or was copied incompletely. Ask for a new one.";

/** Sets the new password from a valid link, uses the link up, and ends every session of the user. */
export async function confirmPasswordReset(input: { token: string; password: string }, meta: RequestMeta, source: Source): Promise<void> {
  const data = parseInput(PasswordResetConfirmInput, input);
  await enforceAuthLimit(meta.ip);
  const passwordHash = await hashPassword(data.password);
  await transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.tokenHash, hashToken(data.token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())))
      .for("update");
    if (!row) throw ValidationError.field("token", INVALID_LINK);
    const [user] = await tx.select().from(users).where(eq(users.id, row.userId)).for("update");
    if (!user || !user.isActive) throw ValidationError.field("token", INVALID_LINK);
    const actor = { userId: user.id, source, requestId: meta.requestId };
    await updateRow(tx, passwordResetTokenModel, row.id, { usedAt: new Date() }, actor, { before: row });
    await updateRow(tx, userModel, user.id, { passwordHash }, actor, { before: user });
    await revokeSessionsOfUser(tx, user.id, "password_reset", actor);
  });
}
