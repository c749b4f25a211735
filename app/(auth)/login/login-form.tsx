"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialState } from "@/lib/forms";
import { loginAction } from "../actions";

export function LoginForm({ next, email }: { next: string; email?: string }) {
  const [state, action] = useActionState(loginAction, initialState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" label="E-mail" errors={state.fields?.email}>
        {(p) => <input {...p} type="email" autoComplete="email" required defaultValue={state.values?.email ?? email ?? ""} />}
      </Field>
      <Field name="password" label="Password" errors={state.fields?.password}>
        {(p) => <input {...p} type="password" autoComplete="current-password" required />}
      </Field>
      <SubmitButton>Log in</SubmitButton>
      <p className="text-sm">
        <Link href="/password-reset" className="underline">Forgot your password?</Link>
      </p>
    </form>
  );
}
