"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/admin/styles";
import { testTextAction, type TestState } from "./actions";

/** "Test this text": what the current lists would match, and why. Nothing is saved or logged. */
export function TestBox() {
  const [state, action] = useActionState(testTextAction, {} as TestState);
  return (
    <form action={action} className="flex flex-col gap-3" aria-describedby="test-result">
      <label htmlFor="test-text" className="text-sm font-medium">
        Text to test
      </label>
      <textarea id="test-text" name="text" rows={4} maxLength={10_200} defaultValue={state.text ?? ""} className={inputClass} />
      <SubmitButton className="self-start">Test</SubmitButton>
      <div id="test-result" aria-live="polite" className="text-sm">
        {state.message ? <p className="text-red-700 dark:text-red-400">{state.message}</p> : null}
        {state.result ? (
          <div className="flex flex-col gap-2">
            {state.result.hits.length === 0 ? <p>Nothing would match.</p> : null}
            <ul className="list-disc pl-5">
              {state.result.hits.map((h) => (
                <li key={`${h.word}-${h.start}`}>
                  <strong>{h.word}</strong> ({h.match_mode}, {h.action}): {h.why}
                </li>
              ))}
              {state.result.allowed.map((a) => (
                <li key={`allowed-${a.word}-${a.matched}`}>
                  <strong>{a.word}</strong> found in &quot;{a.matched}&quot; but cancelled by the allowlist
                </li>
              ))}
            </ul>
            <p className="text-slate-600 dark:text-slate-400">
              Read as: <code className="break-all">{state.result.normalised.slice(0, 500)}</code>
            </p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
