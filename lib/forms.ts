/**
 * Server-action form state (next-learn style): the errors mapped once from typed errors,
 * and the values the user typed, so a refused form keeps them.
 */
import { AppError, type FieldErrors } from "./errors";
import { log } from "./log";

export interface ActionState {
  ok: boolean;
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, string>;
}

export const initialState: ActionState = { ok: false };

/** The form's text values (files and passwords left out), to put back into a refused form. */
export function typedValues(form: FormData, secret: string[] = ["password", "password_confirm", "current_password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !secret.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** Turns a thrown error into form state; unexpected errors are logged and shown as a generic message. */
export function toActionState(err: unknown, form?: FormData): ActionState {
  const values = form ? typedValues(form) : undefined;
  if (err instanceof AppError) {
    return { ok: false, message: err.fields ? "Please correct the errors below." : err.message, fields: err.fields, values };
  }
  log.error("unhandled error in server action", { error: err instanceof Error ? err.message : String(err) });
  return { ok: false, message: "Something went wrong on our side. Please try again.", values };
}

/** Converts a form to a plain object for a zod schema; empty strings become undefined. */
export function formObject(form: FormData): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value === "" ? undefined : value;
  }
  return out;
}
