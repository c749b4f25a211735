"use server";

import { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { safeNext } from "@/features/accounts/next-path";
import { confirmPasswordReset, requestPasswordReset } from "@/features/accounts/password-reset";
import { registerUser } from "@/features/accounts/register";
import { metaFromHeaders } from "@/features/accounts/request-meta";
import { LoginInput, PasswordResetConfirmInput, PasswordResetRequestInput, RegisterInput } from "@/features/accounts/schemas";
import { fromZod } from "@/lib/errors";
import { formObject, toActionState, typedValues, type ActionState } from "@/lib/forms";

async function meta() {
  return metaFromHeaders(await headers());
}

export async function registerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = RegisterInput.safeParse(formObject(form));
  if (!parsed.success) return toActionState(fromZod(parsed.error), form);
  try {
    await registerUser(parsed.data, await meta(), "page");
  } catch (err) {
    return toActionState(err, form);
  }
  redirect(`/login?${new URLSearchParams({ registered: "1", email: parsed.data.email })}`);
}

export async function loginAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = LoginInput.safeParse(formObject(form));
  if (!parsed.success) return toActionState(fromZod(parsed.error), form);
  const next = safeNext(form.get("next"));
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (err) {
    if (err instanceof CredentialsSignin) {
      const message =
        err.code === "rate_limited" ? "Too many attempts. Wait a minute, then try again." : "That e-mail and password do not match an account.";
      return { ok: false, message, values: typedValues(form) };
    }
    throw err;
  }
  redirect(next);
}

export async function logoutAction(): Promise<void> {
  // Auth.js's signOut event ends this device's session row.
  await signOut({ redirectTo: "/login?logged_out=1" });
}

export async function requestResetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = PasswordResetRequestInput.safeParse(formObject(form));
  if (!parsed.success) return toActionState(fromZod(parsed.error), form);
  try {
    const { detail } = await requestPasswordReset(parsed.data, await meta(), "page");
    return { ok: true, message: detail, values: typedValues(form) };
  } catch (err) {
    return toActionState(err, form);
  }
}

export async function confirmResetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = PasswordResetConfirmInput.safeParse(formObject(form));
  if (!parsed.success) return toActionState(fromZod(parsed.error), form);
  try {
    await confirmPasswordReset(parsed.data, await meta(), "page");
  } catch (err) {
    return toActionState(err, form);
  }
  redirect("/login?reset=1");
}
