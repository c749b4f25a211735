/** The caller's own-data routes that are not accounts or todos. */
import { endpoint, type OpenAPIRegistry } from "@/lib/api/openapi";
import { DataExport } from "./export";

export function registerUserRoutes(registry: OpenAPIRegistry): void {
  endpoint(registry, {
    method: "get",
    path: "/api/v1/me/export",
    tag: "Me",
    access: "user",
    summary: "Download all of the caller's data (profile, tags, todos) as JSON",
    response: DataExport,
  });
}
