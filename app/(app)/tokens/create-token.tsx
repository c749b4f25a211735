"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createTokenAction, type CreateTokenState } from "./actions";

const initial: CreateTokenState = { ok: false };

export function CreateToken() {
  const [state, action] = useActionState(createTokenAction, initial);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage message={state.message} />
      <div>
        <SubmitButton>Create a token</SubmitButton>
      </div>
      {state.ok && state.refresh ? (
        <div aria-live="polite" className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-medium">Copy these now: they are not shown again.</p>
          <label className="text-sm font-medium" htmlFor="new-access">
            Access token (until {new Date(state.accessExpiresAt!).toISOString().slice(11, 16)} UTC)
          </label>
          <textarea id="new-access" readOnly rows={3} className="w-full rounded border border-amber-300 bg-white p-2 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100" value={state.access} />
          <label className="text-sm font-medium" htmlFor="new-refresh">
            Refresh token
          </label>
          <input id="new-refresh" readOnly className="w-full rounded border border-amber-300 bg-white p-2 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100" value={state.refresh} />
        </div>
      ) : null}
    </form>
  );
}
