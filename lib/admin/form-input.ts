/**
 * A submitted admin form → the plain object its zod schema reads. Types follow the field
 * kinds: a checkbox is a boolean, an empty optional value is null, a date-time (entered in
 * UTC) is an ISO string, a "lines" field is a list.
 */
import type { ResolvedField } from "./define";

export function formInput(fields: ResolvedField[], form: FormData, mode: "create" | "update"): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if ((field.createOnly && mode === "update") || (field.updateOnly && mode === "create")) continue;
    const raw = form.get(field.name);
    const text = typeof raw === "string" ? raw : "";
    switch (field.kind) {
      case "boolean":
        input[field.name] = text === "on" || text === "true";
        break;
      case "datetime":
        // datetime-local has no offset: the form says the times are UTC.
        input[field.name] = text ? (/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}${text.length === 16 ? ":00" : ""}Z`) : null;
        break;
      case "number":
        input[field.name] = text.trim() === "" ? null : Number(text);
        break;
      case "lines":
        input[field.name] = text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        break;
      case "password":
        if (text) input[field.name] = text;
        break;
      default:
        input[field.name] = text === "" && field.nullable ? null : text;
    }
  }
  return input;
}

/** A value as the form field shows it. */
export function fieldValue(field: ResolvedField, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (field.kind === "datetime") {
    const date = value instanceof Date ? value : new Date(String(value));
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 16);
  }
  if (field.kind === "lines" && Array.isArray(value)) return value.join("\n");
  if (field.kind === "boolean") return value ? "true" : "false";
  return String(value);
}
