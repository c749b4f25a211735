"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialState } from "@/lib/forms";
import { addAllowedWordAction, addBannedWordAction } from "../actions";

export function AddBannedWordForm() {
  const [state, action] = useActionState(addBannedWordAction, initialState);
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="word" label="Word, phrase or pattern" errors={state.fields?.word}>
        {(p) => <input {...p} required maxLength={200} defaultValue={v.word ?? ""} />}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field name="match_mode" label="Match" errors={state.fields?.match_mode}>
          {(p) => (
            <select {...p} defaultValue={v.match_mode ?? "word"}>
              <option value="word">Whole word</option>
              <option value="substring">Anywhere (substring)</option>
              <option value="regex">Regular expression</option>
            </select>
          )}
        </Field>
        <Field name="action" label="Action" errors={state.fields?.action}>
          {(p) => (
            <select {...p} defaultValue={v.action ?? "log"}>
              <option value="log">Log (keep the save)</option>
              <option value="block">Block (refuse the save)</option>
            </select>
          )}
        </Field>
      </div>
      <SubmitButton className="self-start">Add banned word</SubmitButton>
    </form>
  );
}

export function AddAllowedWordForm() {
  const [state, action] = useActionState(addAllowedWordAction, initialState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="allowed-word" label="Allowed word (never counts as a hit)" errors={state.fields?.word}>
        {(p) => <input {...p} name="word" required maxLength={200} defaultValue={state.ok ? "" : (state.values?.word ?? "")} />}
      </Field>
      <SubmitButton className="self-start" variant="secondary">
        Add to allowlist
      </SubmitButton>
    </form>
  );
}
