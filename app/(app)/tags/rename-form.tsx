"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialState } from "@/lib/forms";
import { renameTagAction } from "./actions";

export function RenameTagForm({ id, name }: { id: string; name: string }) {
  const [state, action] = useActionState(renameTagAction.bind(null, id), initialState);
  const fieldId = `tag-name-${id}`;
  const errors = state.fields?.name;
  return (
    <form action={action} className="flex flex-1 flex-col gap-1">
      <div className="flex gap-2">
        <label htmlFor={fieldId} className="sr-only">
          Name of tag {name}
        </label>
        <input
          id={fieldId}
          name="name"
          type="text"
          maxLength={50}
          defaultValue={state.values?.name ?? name}
          className={`${inputClass} py-1.5 text-sm`}
          aria-invalid={errors ? true : undefined}
          aria-describedby={`${fieldId}-status`}
        />
        <SubmitButton variant="secondary" className="py-1.5 text-sm">
          Rename
        </SubmitButton>
      </div>
      <div id={`${fieldId}-status`} aria-live="polite" className="text-sm">
        {errors ? <p className="text-red-700 dark:text-red-400">{errors.join(" ")}</p> : state.ok ? <p className="text-emerald-800 dark:text-emerald-300">{state.message}</p> : null}
      </div>
    </form>
  );
}
