/**
 * The wrapper every `/api/v1` route handler goes through (DRF's APIView): authentication,
 * the ban block, JSON parsing, `Idempotency-Key` on POST, and one mapping of errors to the
 * SPEC's shape. Handlers return a Response, or a value that becomes a 200 JSON body.
 */
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { authenticate } from "@/features/accounts/authenticate";
import type { Viewer } from "@/features/accounts/viewer";
import { BadRequestError, BannedError, ForbiddenError, fromZod, UnauthorizedError } from "@/lib/errors";
import type { Actor } from "@/lib/write-path";
import { withIdempotency } from "./idempotency";
import { errorResponse, json } from "./respond";

export type Access = "public" | "user" | "admin" | "banned-ok";

export interface ApiContext<P, V extends Viewer | null> {
  request: NextRequest;
  params: P;
  url: URL;
  requestId: string;
  viewer: V;
  actor: Actor;
  /** The JSON body parsed by `schema`: 400 if it is not JSON, 422 with field errors if it does not fit. */
  body<S extends z.ZodType>(schema: S): Promise<z.output<S>>;
  /** The query string parsed by `schema` (repeated keys become arrays). */
  query<S extends z.ZodType>(schema: S): z.output<S>;
}

type RouteArgs<P> = { params: Promise<P> };

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}

export function route<P = Record<string, never>>(
  access: "public",
  fn: (ctx: ApiContext<P, Viewer | null>) => Promise<unknown>,
): (request: NextRequest, args: RouteArgs<P>) => Promise<Response>;
export function route<P = Record<string, never>>(
  access: "user" | "admin" | "banned-ok",
  fn: (ctx: ApiContext<P, Viewer>) => Promise<unknown>,
): (request: NextRequest, args: RouteArgs<P>) => Promise<Response>;
export function route<P>(access: Access, fn: (ctx: ApiContext<P, never>) => Promise<unknown>) {
  return async (request: NextRequest, args: RouteArgs<P>): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      const viewer = await authenticate(request);
      if (access !== "public") {
        if (!viewer) throw new UnauthorizedError();
        if (viewer.isBanned && access !== "banned-ok") throw new BannedError(viewer.banReason);
        if (access === "admin" && viewer.role !== "admin") throw new ForbiddenError();
      }
      const url = new URL(request.url);
      let raw: unknown;
      let rawRead = false;
      const ctx: ApiContext<P, never> = {
        request,
        params: (await args.params) as P,
        url,
        requestId,
        viewer: viewer as never,
        actor: { userId: viewer?.id ?? null, source: "api", requestId },
        async body(schema) {
          if (!rawRead) {
            const text = await request.text();
            rawRead = true;
            try {
              raw = text.length ? JSON.parse(text) : undefined;
            } catch {
              throw new BadRequestError("The request body is not valid JSON.");
            }
          }
          if (raw === undefined || raw === null || typeof raw !== "object") throw new BadRequestError("Expected a JSON object in the request body.");
          const parsed = schema.safeParse(raw);
          if (!parsed.success) throw fromZod(parsed.error);
          return parsed.data;
        },
        query(schema) {
          const parsed = schema.safeParse(queryObject(url));
          if (!parsed.success) throw fromZod(parsed.error);
          return parsed.data;
        },
      };
      const run = async () => {
        const result = await fn(ctx);
        return result instanceof Response ? result : json(result);
      };
      const response =
        request.method === "POST" && viewer && request.headers.get("idempotency-key")
          ? await withIdempotency(viewer.id, request.headers.get("idempotency-key")!, `${request.method} ${url.pathname}`, run)
          : await run();
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (err) {
      const response = errorResponse(err, requestId);
      response.headers.set("x-request-id", requestId);
      return response;
    }
  };
}

export { NextResponse };
