"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialState } from "@/lib/forms";
import { registerAction } from "../actions";

export function RegisterForm() {
  const [state, action] = useActionState(registerAction, initialState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field name="name" label="Name" errors={state.fields?.name}>
        {(p) => <input {...p} type="text" autoComplete="name" required defaultValue={state.values?.name ?? ""} />}
      </Field>
      <Field name="email" label="E-mail" errors={state.fields?.email}>
        {(p) => <input {...p} type="email" autoComplete="email" required defaultValue={state.values?.email ?? ""} />}
      </Field>
      <Field name="password" label="Password" errors={state.fields?.password} hint="At least 8 characters.">
        {(p) => <input {...p} type="password" autoComplete="new-password" required minLength={8} />}
      </Field>
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
