import fs from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { CreateTodoInput, TodoListQuery, UpdateTodoInput } from "@/features/todos/schemas";
import { call } from "./accounts-helpers";

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
};

async function fetchDocument(): Promise<Doc> {
  const res = await call(openapiRoute.GET, "/api/v1/openapi.json");
  expect(res.status).toBe(200);
  return res.json as unknown as Doc;
}

/** Every route file under app/api/v1 as `METHOD /api/v1/path/{param}`. */
function routesOnDisk(): string[] {
  const root = path.join(process.cwd(), "app/api/v1");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const url = "/api/v1/" + path.relative(root, dir).split(path.sep).map((p) => p.replace(/^\[(.+)\]$/, "{$1}")).join("/");
        const source = fs.readFileSync(full, "utf8");
        for (const [, method] of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) out.push(`${method} ${url.replace(/\/$/, "")}`);
      }
    }
  };
  walk(root);
  return out.sort();
}

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document (checked by swagger-parser)", async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("documents every /api/v1 route that exists, and no route that does not", async () => {
    const doc = await fetchDocument();
    const documented = Object.entries(doc.paths)
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(documented).toEqual(routesOnDisk());
  });

  it("describes the todo bodies and filters with exactly the fields the handlers parse", async () => {
    const doc = await fetchDocument();
    const bodyOf = (p: string, m: string) => {
      const ref = doc.paths[p]![m]!.requestBody!.content["application/json"]!.schema.$ref!;
      return doc.components.schemas[ref.split("/").pop()!]!;
    };
    const create = bodyOf("/api/v1/todos", "post");
    expect(Object.keys(create.properties!).sort()).toEqual(Object.keys(CreateTodoInput.shape).sort());
    expect(create.required).toEqual(["title"]);
    const update = bodyOf("/api/v1/todos/{id}", "patch");
    expect(Object.keys(update.properties!).sort()).toEqual(Object.keys(UpdateTodoInput.shape).sort());
    expect(update.required ?? []).toEqual([]);
    const query = doc.paths["/api/v1/todos"]!.get!.parameters!.filter((p) => p.in === "query").map((p) => p.name);
    expect(query.sort()).toEqual(Object.keys(TodoListQuery.shape).sort());
  });
});

describe("query parameters", () => {
  it("show defaults as the text a client sends", async () => {
    const doc = (await fetchDocument()) as unknown as { paths: Record<string, Record<string, { parameters?: { name: string; schema: { default?: unknown } }[] }>> };
    const page = doc.paths["/api/v1/todos"]!.get!.parameters!.find((p) => p.name === "page_size")!;
    expect(page.schema.default).toBe("20");
  });
});
