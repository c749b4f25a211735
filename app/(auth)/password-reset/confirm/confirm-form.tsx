"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialState } from "@/lib/forms";
import { confirmResetAction } from "../../actions";

export function ConfirmResetForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmResetAction, initialState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      {state.fields?.token ? (
        <div role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.fields.token.join(" ")} <Link href="/password-reset" className="underline">Ask for a new link</Link>
        </div>
      ) : null}
      <Field name="password" label="New password" errors={state.fields?.password} hint="At least 8 characters.">
        {(p) => <input {...p} type="password" autoComplete="new-password" required minLength={8} />}
      </Field>
      <SubmitButton>Set the new password</SubmitButton>
    </form>
  );
}
