/** The tags routes in the OpenAPI document. */
import { z } from "zod";
import { endpoint, paginated, type OpenAPIRegistry } from "@/lib/api/openapi";
import { PageQuery } from "@/lib/api/pagination";
import { RenameTagInput, TagDto } from "./schemas";

const TagIdParams = z.object({ id: z.string().meta({ description: "The tag's id (UUID)." }) });

export function registerTagRoutes(registry: OpenAPIRegistry): void {
  const tag = "Tags";
  endpoint(registry, {
    method: "get",
    path: "/api/v1/tags",
    tag,
    access: "user",
    summary: "List the caller's tags with todo counts",
    query: PageQuery,
    response: paginated(TagDto, "TagPage"),
  });
  endpoint(registry, { method: "patch", path: "/api/v1/tags/{id}", tag, access: "user", summary: "Rename a tag", params: TagIdParams, body: RenameTagInput, response: TagDto });
  endpoint(registry, {
    method: "delete",
    path: "/api/v1/tags/{id}",
    tag,
    access: "user",
    summary: "Delete a tag",
    description: "The todos that carried it lose it.",
    params: TagIdParams,
  });
}
