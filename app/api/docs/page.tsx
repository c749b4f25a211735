import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi-document";
import { FieldTable, typeLabel, type Components, type Schema } from "./schema-view";

export const metadata: Metadata = { title: "API reference" };

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  post: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  patch: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  put: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  delete: "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100",
};

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** A readable reference rendered on the server from the same document as /api/v1/openapi.json (no CDN). */
export default function ApiDocsPage() {
  const doc = openApiDocument();
  const components = (doc.components?.schemas ?? {}) as Components;
  const groups = new Map<string, { method: string; path: string; op: Operation }[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      const tag = op.tags?.[0] ?? "Other";
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push({ method, path, op });
    }
  }
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold">{doc.info.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{doc.info.description}</p>
      <p className="mt-2 text-sm">
        Machine-readable: <a href="/api/v1/openapi.json" className="underline">/api/v1/openapi.json</a> (OpenAPI {doc.openapi}). Authenticate with{" "}
        <code>Authorization: Bearer &lt;access token&gt;</code> or a browser session. Errors look like{" "}
        <code>{'{"error": {"code", "message", "fields"}}'}</code>.
      </p>
      <nav aria-label="API sections" className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[...groups.keys()].map((tag) => (
            <li key={tag}>
              <a href={`#${slug(tag)}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups.entries()].map(([tag, operations]) => (
        <section key={tag} aria-labelledby={slug(tag)} className="mt-10">
          <h2 id={slug(tag)} className="text-2xl font-semibold">
            {tag}
          </h2>
          {operations.map(({ method, path, op }) => {
            const body = op.requestBody?.content["application/json"]?.schema;
            const id = slug(`${method} ${path}`);
            return (
              <article key={id} aria-labelledby={id} className="mt-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <h3 id={id} className="flex flex-wrap items-center gap-2 font-mono text-sm">
                  <span className={`rounded px-2 py-0.5 font-semibold uppercase ${METHOD_STYLE[method] ?? ""}`}>{method}</span>
                  <span className="break-all">{path}</span>
                </h3>
                <p className="mt-2 font-medium">{op.summary}</p>
                {op.description ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{op.description}</p> : null}
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{op.security && op.security.length === 0 ? "No authentication." : "Needs authentication."}</p>
                {op.parameters?.length ? (
                  <div className="mt-3 overflow-x-auto">
                    <table className="w-full text-left text-sm">
                      <caption className="py-1 text-left font-medium">Parameters</caption>
                      <thead>
                        <tr className="border-b border-slate-200 dark:border-slate-700">
                          <th scope="col" className="py-1 pr-4 font-medium">Name</th>
                          <th scope="col" className="py-1 pr-4 font-medium">In</th>
                          <th scope="col" className="py-1 pr-4 font-medium">Type</th>
                          <th scope="col" className="py-1 font-medium">Notes</th>
                        </tr>
                      </thead>
                      <tbody>
                        {op.parameters.map((p) => (
                          <tr key={`${p.in}-${p.name}`} className="border-b border-slate-100 align-top dark:border-slate-800">
                            <td className="py-1 pr-4"><code>{p.name}</code></td>
                            <td className="py-1 pr-4">{p.in}</td>
                            <td className="py-1 pr-4"><code className="break-words">{typeLabel(p.schema, components)}</code></td>
                            <td className="py-1 text-slate-700 dark:text-slate-300">
                              {[p.required ? "required" : null, p.description ?? p.schema?.description].filter(Boolean).join("; ")}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
                {body ? (
                  <div className="mt-3">
                    <FieldTable schema={body} components={components} caption="Request body (JSON)" />
                  </div>
                ) : null}
                <div className="mt-3">
                  <h4 className="text-sm font-medium">Responses</h4>
                  <ul className="mt-1 space-y-2 text-sm">
                    {Object.entries(op.responses).map(([status, response]) => {
                      const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
                      const isError = Number(status) >= 400;
                      return (
                        <li key={status}>
                          <span className="font-mono font-semibold">{status}</span> {response.description}
                          {media && !isError ? (
                            <div className="mt-1">
                              <FieldTable schema={media.schema} components={components} caption={`Body (${type})`} />
                            </div>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              </article>
            );
          })}
        </section>
      ))}
    </main>
  );
}
