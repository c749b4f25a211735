"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TODO_PRIORITIES, TODO_STATUSES } from "@/features/todos/schemas";
import { initialState, type ActionState } from "@/lib/forms";
import type { RecurrenceChoice } from "@/lib/recurrence";
import { RecurrencePicker } from "./recurrence-picker";
import { PRIORITY_LABELS, STATUS_LABELS } from "./labels";

export interface TodoFormValues {
  title: string;
  description: string;
  status: string;
  priority: string;
  /** As a datetime-local field shows it, in the owner's timezone. */
  due_on: string;
  tags: string;
  recurrence: RecurrenceChoice;
}

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Errors whose key starts with `prefix` ("tags.3" belongs to the tags box). */
const under = (fields: Record<string, string[]> | undefined, ...prefixes: string[]) =>
  fields ? Object.entries(fields).flatMap(([key, msgs]) => (prefixes.some((p) => key === p || key.startsWith(`${p}.`)) ? msgs : [])) : undefined;

export function TodoForm({ action, initial, submitLabel, cancelHref, timezone, keepDue }: {
  action: Action;
  initial: TodoFormValues;
  submitLabel: string;
  cancelHref: string;
  timezone: string;
  /** Edit form: a due date left as shown is not re-checked against the clock. */
  keepDue?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const v = (name: keyof TodoFormValues & string) => state.values?.[name] ?? (initial[name] as string);
  // React resets a form after its action, to each field's default; a select only takes its
  // default at mount, so a refused form is mounted afresh with what was typed.
  const version = state === initialState ? "initial" : JSON.stringify(state.values ?? {});
  return (
    <form key={version} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="title" label="Title" errors={state.fields?.title}>
        {(p) => <input {...p} type="text" maxLength={200} required defaultValue={v("title")} />}
      </Field>
      <Field name="description" label="Description" errors={state.fields?.description}>
        {(p) => <textarea {...p} rows={4} defaultValue={v("description")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="status" label="Status" errors={under(state.fields, "status", "started_on", "completed_on")}>
          {(p) => (
            <select {...p} defaultValue={v("status")}>
              {TODO_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="priority" label="Priority" errors={state.fields?.priority}>
          {(p) => (
            <select {...p} defaultValue={v("priority")}>
              {TODO_PRIORITIES.map((s) => (
                <option key={s} value={s}>
                  {PRIORITY_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="due_on" label="Due" errors={state.fields?.due_on} hint={`In your time zone (${timezone}). Leave empty for no due date.`}>
        {(p) => <input {...p} type="datetime-local" defaultValue={v("due_on")} />}
      </Field>
      {keepDue ? <input type="hidden" name="due_on_initial" value={initial.due_on} /> : null}
      <Field name="tags" label="Tags" errors={under(state.fields, "tags")} hint="Separate tags with commas; new ones are created for you.">
        {(p) => <input {...p} type="text" defaultValue={v("tags")} placeholder="home, errands" />}
      </Field>
      <RecurrencePicker initial={initial.recurrence} values={state.values} errors={state.fields} />
      <div className="flex items-center gap-3">
        <SubmitButton>{submitLabel}</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
