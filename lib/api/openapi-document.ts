/**
 * Every feature's API routes, in one document. A new feature adds its registrar here;
 * a new route is one `endpoint()` call in its feature's openapi.ts (tests/integration/openapi.test.ts
 * fails for any route under app/api/v1 that is not in the document, and for any documented
 * path without a route).
 */
import { z } from "zod";
import { registerAccountRoutes } from "@/features/accounts/openapi";
import { registerModerationRoutes } from "@/features/moderation/openapi";
import { registerTagRoutes } from "@/features/tags/openapi";
import { registerTodoRoutes } from "@/features/todos/openapi";
import { registerUserRoutes } from "@/features/users/openapi";
import { registerWebhookRoutes } from "@/features/webhooks/openapi";
import { buildOpenApiDocument, endpoint, type OpenApiDocument, type Registrar } from "./openapi";

function registerMetaRoutes(registry: Parameters<Registrar>[0]): void {
  endpoint(registry, {
    method: "get",
    path: "/api/v1/events",
    tag: "Live events",
    access: "user",
    summary: "Server-Sent Events: the live events the caller may see",
    description: "Each message has `event: <type>` (todo.created, todo.updated, user.banned, moderation.hit, …) and a JSON `data` line.",
    response: z.string(),
    contentType: "text/event-stream",
  });
  endpoint(registry, {
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "Meta",
    access: "public",
    summary: "This document (OpenAPI 3.1)",
    response: z.record(z.string(), z.unknown()),
  });
}

export const registrars: Registrar[] = [registerAccountRoutes, registerTodoRoutes, registerTagRoutes, registerModerationRoutes, registerWebhookRoutes, registerUserRoutes, registerMetaRoutes];

let cached: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument(registrars);
  return cached;
}
