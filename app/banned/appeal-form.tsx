"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialState } from "@/lib/forms";
import { submitAppealAction } from "./actions";

export function AppealForm() {
  const [state, action] = useActionState(submitAppealAction, initialState);
  if (state.ok) return <FormMessage message={state.message} ok />;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="message" label="Why should the ban be lifted?" errors={state.fields?.message} hint="You can appeal this ban once. At most 5,000 characters.">
        {(p) => <textarea {...p} rows={5} maxLength={5000} required defaultValue={state.values?.message ?? ""} />}
      </Field>
      <SubmitButton>Send appeal</SubmitButton>
    </form>
  );
}
