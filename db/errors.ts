/**
 * Driver errors, read the same way on both databases. drizzle wraps them (DrizzleQueryError);
 * the constraint is `cause.constraint` on PGlite and `cause.constraint_name` on postgres.js.
 */
export interface PgErrorInfo {
  code: string | undefined;
  constraint: string | undefined;
  message: string;
}

export function pgError(err: unknown): PgErrorInfo | null {
  let current: unknown = err;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      const constraint = (e.constraint_name ?? e.constraint) as string | undefined;
      return { code: e.code, constraint: constraint || undefined, message: String(e.message ?? "") };
    }
    current = e.cause;
  }
  return null;
}

export const PG = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  checkViolation: "23514",
  notNullViolation: "23502",
  invalidText: "22P02",
  serializationFailure: "40001",
  deadlock: "40P01",
} as const;
