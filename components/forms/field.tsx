/**
 * A labelled form control with its own error list (aria-describedby, aria-live), used by
 * every server-action form. Keeps what was typed via `defaultValue`.
 */
import clsx from "clsx";

export const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

interface FieldProps {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (props: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: boolean; className: string }) => React.ReactNode;
}

export function Field({ name, label, errors, hint, children }: FieldProps) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errorId].filter(Boolean).join(" ");
  const invalid = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({ id, name, "aria-describedby": describedBy, "aria-invalid": invalid || undefined, className: clsx(inputClass, invalid && "border-red-600 dark:border-red-400") })}
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <div id={errorId} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {errors?.map((e) => <p key={e}>{e}</p>)}
      </div>
    </div>
  );
}

/** The form-level message (refusals that belong to no single field). */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" role={message && !ok ? "alert" : undefined}>
      {message ? (
        <p
          className={clsx(
            "rounded-md border px-3 py-2 text-sm",
            ok
              ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
              : "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
          )}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
