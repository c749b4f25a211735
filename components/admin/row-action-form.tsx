"use client";
/** One row action (ban, revoke, ...) as a small form with its optional extra value. */
import { useActionState } from "react";
import { rowAction } from "@/app/admin/actions";
import type { ActionState } from "@/lib/forms";
import { FormMessage } from "@/components/forms/field";
import type { BulkActionInfo } from "./list-types";
import { buttonClass, inputClass } from "./styles";

const initialState: ActionState = { ok: false };

export function RowActionForm({ slug, id, action }: { slug: string; id: string; action: BulkActionInfo }) {
  const [state, formAction, pending] = useActionState(rowAction.bind(null, slug, id), initialState);
  const inputId = `row-action-${action.name}-${action.input?.name ?? ""}`;
  return (
    <form
      action={formAction}
      className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800"
      onSubmit={(e) => {
        if (action.destructive && !window.confirm(action.confirm || `${action.label}?`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="action" value={action.name} />
      {action.input ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            {action.input.label}
          </label>
          {action.input.kind === "select" ? (
            <select id={inputId} name={action.input.name} className={inputClass} defaultValue="">
              <option value="">Choose…</option>
              {(action.input.choices ?? []).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          ) : (
            <input id={inputId} name={action.input.name} className={inputClass} defaultValue={state.values?.[action.input.name] ?? ""} />
          )}
        </div>
      ) : null}
      <div>
        <button type="submit" disabled={pending} className={action.destructive ? buttonClass.danger : buttonClass.secondary}>
          {action.label}
        </button>
      </div>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
