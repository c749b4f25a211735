/** The SPEC's JSON shapes: bare resources, paginated lists, and `{"error": {...}}`. */
import { NextResponse } from "next/server";
import { AppError, RateLimitedError } from "@/lib/errors";
import { log } from "@/lib/log";

export function json(body: unknown, status = 200, headers?: HeadersInit): NextResponse {
  return NextResponse.json(body, { status, headers });
}

export function noContent(): NextResponse {
  return new NextResponse(null, { status: 204 });
}

export function errorBody(code: string, message: string, fields?: Record<string, string[]>) {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

/** Maps any thrown error to the SPEC's error shape; unknown errors are logged and answered 500 without details. */
export function errorResponse(err: unknown, requestId?: string | null): NextResponse {
  if (err instanceof AppError) {
    const headers: Record<string, string> = {};
    if (err instanceof RateLimitedError) headers["Retry-After"] = String(err.retryAfterSeconds);
    return json(errorBody(err.code, err.message, err.fields), err.status, headers);
  }
  log.error("unhandled error in API handler", {
    requestId,
    error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
  });
  return json(errorBody("server_error", "Something went wrong on our side."), 500);
}
