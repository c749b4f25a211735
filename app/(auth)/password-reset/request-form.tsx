"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialState } from "@/lib/forms";
import { requestResetAction } from "../actions";

export function RequestResetForm() {
  const [state, action] = useActionState(requestResetAction, initialState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="email" label="E-mail" errors={state.fields?.email}>
        {(p) => <input {...p} type="email" autoComplete="email" required defaultValue={state.values?.email ?? ""} />}
      </Field>
      <SubmitButton>Send me a link</SubmitButton>
    </form>
  );
}
