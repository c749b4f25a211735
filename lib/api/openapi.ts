/**
 * The OpenAPI 3.1 document, generated from the zod schemas the handlers themselves parse
 * with (no hand-written copy). Each feature registers its routes in features/<x>/openapi.ts
 * with `endpoint()`, one call per method and path; lib/api/openapi-document.ts lists the
 * features. The common parts (auth, the error shape, pagination, Idempotency-Key) are added
 * here from the route's access level, as route() in ./handler.ts applies them.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import type { Access } from "./handler";

export { OpenAPIRegistry };
export type Registrar = (registry: OpenAPIRegistry) => void;

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "validation_error" }),
      message: z.string(),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: 'Messages per field; in bulk requests the key starts with the row index ("3.title").' }),
    }),
  })
  .meta({ id: "Error" });

export const Pagination = z
  .object({
    page: z.int(),
    page_size: z.int(),
    total: z.int(),
    next: z.url().nullable(),
    previous: z.url().nullable(),
  })
  .meta({ id: "Pagination" });

/** `{data: [...], pagination}` for a list of `item`, named `id` in the components. */
export function paginated<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), pagination: Pagination }).meta({ id });
}

const ERRORS: Record<number, string> = {
  400: "The body is not valid JSON.",
  401: "No credentials, or a bad, expired or revoked token (`token_not_valid`).",
  403: "Not allowed; `user_banned` for a banned user.",
  404: "Not found (also for another user's rows).",
  409: "Conflict, e.g. an Idempotency-Key still in progress.",
  422: "Validation failed: messages per field.",
  429: "Too many requests; see Retry-After.",
};

export interface Endpoint {
  method: "get" | "post" | "patch" | "put" | "delete";
  /** OpenAPI style: `/api/v1/todos/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success status and its body (none for 204). */
  status?: number;
  response?: z.ZodType;
  /** Media type of the success body, when not JSON (e.g. text/event-stream). */
  contentType?: string;
  responseDescription?: string;
  /** Extra error statuses beyond those the access level and inputs imply. */
  errors?: number[];
}

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

export function endpoint(registry: OpenAPIRegistry, e: Endpoint): void {
  const status = e.status ?? (e.method === "post" ? 201 : e.method === "delete" ? 204 : 200);
  const codes = new Set<number>(e.errors ?? []);
  if (e.access !== "public") [401, 403, 429].forEach((c) => codes.add(c));
  if (e.params) codes.add(404);
  if (e.body) [400, 422].forEach((c) => codes.add(c));
  if (e.query) codes.add(422);
  const idempotent = e.method === "post" && e.access !== "public";
  if (idempotent) codes.add(409);
  const responses: RouteConfig["responses"] = {
    [status]: { description: e.responseDescription ?? (status === 204 ? "Done; no body." : "Success."), ...(e.response && { content: { [e.contentType ?? "application/json"]: { schema: e.response } } }) },
  };
  for (const code of [...codes].sort()) responses[code] = { description: ERRORS[code] ?? "Error.", content: json(ErrorBody) };
  registry.registerPath({
    method: e.method,
    path: e.path,
    tags: [e.tag],
    summary: e.summary,
    description: e.description,
    security: e.access === "public" ? [] : [{ bearerAuth: [] }, { sessionCookie: [] }],
    request: {
      ...(e.params && { params: e.params }),
      ...(e.query && { query: e.query }),
      ...(idempotent && {
        headers: z.object({
          "Idempotency-Key": z
            .string()
            .max(200)
            .optional()
            .meta({ description: "The same key from the same user within 24 hours returns the first response instead of writing twice." }),
        }),
      }),
      ...(e.body && { body: { required: true, content: json(e.body) } }),
    },
    responses,
  });
}

export function buildOpenApiDocument(registrars: Registrar[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An access token from POST /api/v1/auth/token.",
  });
  registry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description: "The browser session of a signed-in user.",
  });
  for (const register of registrars) register(registry);
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Warden API",
      version: "1",
      description:
        "Todos, tags, accounts and moderation. snake_case fields; instants are ISO 8601 with offset, and a bare date means 00:00 in the owner's timezone. Lists are paginated with ?page=&page_size= (default 20, at most 100).",
    },
    servers: [{ url: "/" }],
  });
  // Query strings are text: a default computed after parsing (page=1) is shown as the text sent.
  for (const item of Object.values(document.paths ?? {})) {
    for (const op of Object.values(item as Record<string, { parameters?: { schema?: { type?: unknown; default?: unknown } }[] }>)) {
      for (const p of op.parameters ?? []) {
        if (p.schema?.type === "string" && p.schema.default !== undefined && typeof p.schema.default !== "string") p.schema.default = String(p.schema.default);
      }
    }
  }
  return document;
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
