/**
 * One admin form field, rendered from the registration's field spec: the right control for
 * its kind, its label, help and errors (aria-describedby, aria-live), and the typed value.
 */
import clsx from "clsx";
import type { ResolvedField } from "@/lib/admin/define";
import { inputClass } from "./styles";

interface Props {
  field: ResolvedField;
  value: string;
  errors?: string[];
}

export function FormField({ field, value, errors }: Props) {
  const id = `field-${field.name}`;
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const invalid = Boolean(errors?.length);
  const common = {
    id,
    name: field.name,
    "aria-describedby": [field.help ? helpId : null, errorId].filter(Boolean).join(" "),
    "aria-invalid": invalid || undefined,
    required: field.required && field.kind !== "boolean" ? true : undefined,
    className: clsx(inputClass, invalid && "border-red-600 dark:border-red-400"),
  };
  const control = (() => {
    switch (field.kind) {
      case "textarea":
      case "lines":
        return <textarea {...common} rows={field.kind === "lines" ? 3 : 5} defaultValue={value} />;
      case "select":
        return (
          <select {...common} defaultValue={value}>
            {field.nullable ? <option value="">—</option> : null}
            {(field.choices ?? []).map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        );
      case "boolean":
        return <input {...common} type="checkbox" className="h-5 w-5 accent-indigo-700" defaultChecked={value === "true" || value === "on"} />;
      case "datetime":
        return <input {...common} type="datetime-local" defaultValue={value} />;
      case "number":
        return <input {...common} type="number" defaultValue={value} />;
      case "password":
        return <input {...common} type="password" autoComplete="new-password" defaultValue="" />;
      case "email":
        return <input {...common} type="email" defaultValue={value} />;
      case "url":
        return <input {...common} type="url" defaultValue={value} />;
      default:
        return <input {...common} type="text" maxLength={field.maxLength} defaultValue={value} />;
    }
  })();
  const help = field.help ? (
    <p id={helpId} className="text-sm text-slate-600 dark:text-slate-400">
      {field.help}
    </p>
  ) : null;
  const errorList = (
    <div id={errorId} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
      {errors?.map((e) => <p key={e}>{e}</p>)}
    </div>
  );
  if (field.kind === "boolean") {
    return (
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-3">
          {control}
          <label htmlFor={id} className="text-sm font-medium">
            {field.label}
          </label>
        </div>
        {help}
        {errorList}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {field.label}
        {field.kind === "datetime" ? <span className="font-normal text-slate-600 dark:text-slate-400"> (UTC)</span> : null}
      </label>
      {control}
      {help}
      {errorList}
    </div>
  );
}
