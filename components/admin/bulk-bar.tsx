"use client";
/**
 * Bulk actions on the selected rows, or on every row matching the filter: pick an action,
 * confirm it in a dialog (with its extra value, e.g. a ban reason), then watch it run batch
 * by batch with a progress bar.
 */
import { useRef, useState } from "react";
import { bulkAction } from "@/app/admin/actions";
import type { BulkActionInfo } from "./list-types";
import { buttonClass, inputClass } from "./styles";

interface Props {
  slug: string;
  noun: string;
  actions: BulkActionInfo[];
  /** Rows chosen one by one, or null for "every row matching the filter". */
  ids: string[] | null;
  count: number;
  filter: string;
  onDone: () => void;
}

const CHUNK = 100;

export function BulkBar({ slug, noun, actions, ids, count, filter, onDone }: Props) {
  const [name, setName] = useState(actions[0]?.name ?? "");
  const [value, setValue] = useState("");
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ done: number; skipped: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const action = actions.find((a) => a.name === name);
  if (!action) return null;

  const confirmText = action.confirm.replace("{count}", count.toLocaleString("en")).replace("{table}", noun);

  async function run() {
    if (!action) return;
    dialog.current?.close();
    setRunning(true);
    setMessage(null);
    const input = action.input && value ? { [action.input.name]: value } : {};
    let done = 0;
    let skipped = 0;
    let total = ids ? ids.length : count;
    setProgress({ done, skipped, total });
    let error: string | undefined;
    if (ids) {
      for (let i = 0; i < ids.length && !error; i += CHUNK) {
        const step = await bulkAction({ slug, action: action.name, input, ids: ids.slice(i, i + CHUNK), filter, after: null });
        if (!step.ok) error = step.message;
        done += step.done;
        skipped += step.skipped;
        setProgress({ done, skipped, total });
      }
    } else {
      let after: string | null = null;
      do {
        const step = await bulkAction({ slug, action: action.name, input, ids: null, filter, after });
        if (!step.ok) error = step.message;
        if (step.total !== undefined) total = step.total;
        done += step.done;
        skipped += step.skipped;
        after = step.after;
        setProgress({ done, skipped, total });
      } while (after && !error);
    }
    setRunning(false);
    setMessage(
      error
        ? { text: `${action.label} stopped: ${error}`, ok: false }
        : { text: `${action.label}: ${done.toLocaleString("en")} changed${skipped ? `, ${skipped.toLocaleString("en")} left as they were` : ""}.`, ok: true },
    );
    onDone();
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="bulk-action" className="text-sm font-medium">
            Action on {count.toLocaleString("en")} selected
          </label>
          <select id="bulk-action" value={name} onChange={(e) => setName(e.target.value)} className={inputClass}>
            {actions.map((a) => (
              <option key={a.name} value={a.name}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={buttonClass.secondary} disabled={count === 0 || running} onClick={() => dialog.current?.showModal()}>
          Run…
        </button>
      </div>
      {progress && running ? (
        <div className="flex items-center gap-3 text-sm">
          <progress max={Math.max(progress.total, 1)} value={progress.done + progress.skipped} aria-label={`${action.label} progress`} className="w-48" />
          <span>
            {(progress.done + progress.skipped).toLocaleString("en")} of {progress.total.toLocaleString("en")}
          </span>
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="text-sm">
        {message ? <p className={message.ok ? "text-emerald-800 dark:text-emerald-300" : "text-red-700 dark:text-red-400"}>{message.text}</p> : null}
      </div>
      <dialog ref={dialog} aria-labelledby="bulk-confirm-title" className="m-auto max-w-md rounded-lg bg-white p-6 text-slate-900 shadow-xl backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100">
        <form
          method="dialog"
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <h2 id="bulk-confirm-title" className="text-lg font-semibold">
            {action.label}
          </h2>
          <p>{confirmText}</p>
          {action.input ? (
            <div className="flex flex-col gap-1">
              <label htmlFor="bulk-input" className="text-sm font-medium">
                {action.input.label}
              </label>
              {action.input.kind === "select" ? (
                <select id="bulk-input" value={value} onChange={(e) => setValue(e.target.value)} required={action.input.required} className={inputClass}>
                  <option value="">Choose…</option>
                  {(action.input.choices ?? []).map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              ) : (
                <input id="bulk-input" value={value} onChange={(e) => setValue(e.target.value)} required={action.input.required} className={inputClass} />
              )}
            </div>
          ) : null}
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass.secondary} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className={action.destructive ? buttonClass.danger : buttonClass.primary}>
              {action.label} {count.toLocaleString("en")}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
