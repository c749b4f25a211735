"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialState } from "@/lib/forms";
import { quickAddTodoAction } from "./actions";

export function QuickAdd() {
  const [state, action] = useActionState(quickAddTodoAction, initialState);
  const errors = state.fields?.title;
  return (
    <form action={action} className="flex flex-col gap-1">
      <label htmlFor="quick-add-title" className="text-sm font-medium">
        Quick add
      </label>
      <div className="flex gap-2">
        <input
          id="quick-add-title"
          name="title"
          type="text"
          maxLength={200}
          placeholder="What needs doing?"
          className={inputClass}
          defaultValue={state.ok ? "" : (state.values?.title ?? "")}
          key={state.ok ? state.message : "typing"}
          aria-invalid={errors ? true : undefined}
          aria-describedby="quick-add-status"
        />
        <SubmitButton>Add</SubmitButton>
      </div>
      <div id="quick-add-status" aria-live="polite" className="text-sm">
        {errors ? <p className="text-red-700 dark:text-red-400">{errors.join(" ")}</p> : state.message ? <p className={state.ok ? "text-emerald-800 dark:text-emerald-300" : "text-red-700 dark:text-red-400"}>{state.message}</p> : null}
      </div>
    </form>
  );
}
