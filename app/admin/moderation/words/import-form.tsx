"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { importWordsAction, type ImportState } from "../actions";

/** Import in two steps: preview (what is added, what is refused and why), then apply. */
export function ImportForm() {
  const [state, action] = useActionState(importWordsAction, { ok: false } as ImportState);
  const preview = state.preview;
  return (
    <div className="flex flex-col gap-3">
      <form action={action} className="flex flex-col gap-3" encType="multipart/form-data" noValidate>
        <FormMessage message={state.applied ? state.message : state.fields ? undefined : state.message} ok={state.ok} />
        <Field name="file" label="File (.txt one word per line, or .csv word,mode,action)" errors={state.fields?.file}>
          {(p) => <input {...p} type="file" accept=".txt,.csv,text/plain,text/csv" />}
        </Field>
        <SubmitButton className="self-start" variant="secondary">
          Preview import
        </SubmitButton>
      </form>
      {preview && !state.applied ? (
        <div aria-live="polite" className="flex flex-col gap-2 text-sm">
          <p>
            {preview.add.length} word(s) would be added; {preview.refused.length} refused.
          </p>
          {preview.add.length > 0 ? (
            <details>
              <summary>Words to add</summary>
              <ul className="list-disc pl-5">
                {preview.add.slice(0, 200).map((row) => (
                  <li key={row.line}>
                    {row.word} ({row.match_mode}, {row.action})
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {preview.refused.length > 0 ? (
            <ul className="list-disc pl-5 text-red-800 dark:text-red-300">
              {preview.refused.slice(0, 200).map((row) => (
                <li key={row.line}>
                  Line {row.line} ({row.text}): {row.reason}
                </li>
              ))}
            </ul>
          ) : null}
          {preview.add.length > 0 ? (
            <form action={action}>
              <input type="hidden" name="content" value={state.content ?? ""} />
              <input type="hidden" name="format" value={state.format ?? "txt"} />
              <input type="hidden" name="apply" value="1" />
              <SubmitButton>Add {preview.add.length} word(s)</SubmitButton>
            </form>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
