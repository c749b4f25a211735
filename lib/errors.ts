/**
 * Typed errors, raised anywhere and mapped once: to the API's error shape
 * (lib/api/handler.ts) and to form state (lib/forms.ts).
 */
import { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(fields: FieldErrors, message = "Some fields are not valid.") {
    super(message, 422, "validation_error", fields);
  }
  static field(field: string, message: string): ValidationError {
    return new ValidationError({ [field]: [message] });
  }
}

export class BadRequestError extends AppError {
  constructor(message = "The request could not be read.") {
    super(message, 400, "parse_error");
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Authentication credentials were not provided.", code = "not_authenticated") {
    super(message, 401, code);
  }
}

export class TokenInvalidError extends UnauthorizedError {
  constructor(message = "The token is not valid, has expired or was revoked.") {
    super(message, "token_not_valid");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do this.", code = "permission_denied") {
    super(message, 403, code);
  }
}

export class BannedError extends ForbiddenError {
  constructor(readonly reason: string | null) {
    super(`This account is banned${reason ? `: ${reason}` : "."}`, "user_banned");
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super(message, 404, "not_found");
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fields?: FieldErrors) {
    super(message, 409, "conflict", fields);
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests. Try again in ${retryAfterSeconds} seconds.`, 429, "throttled");
  }
}

/** Field errors from a zod error, keys joined with "." (a bulk row's index comes first: "3.title"). */
export function zodFieldErrors(error: z.ZodError, prefix?: string | number): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path].filter((p) => p !== undefined).join(".") || "non_field_errors";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function fromZod(error: z.ZodError, prefix?: string | number): ValidationError {
  return new ValidationError(zodFieldErrors(error, prefix));
}

/** Parses with a zod schema, or throws a ValidationError with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZod(result.error);
  return result.data;
}
