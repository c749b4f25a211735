/** Renders the fields of an OpenAPI (JSON Schema) object as a table, resolving $refs. */
type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: Schema | boolean;
  description?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};
export type { Schema };

export type Components = Record<string, Schema>;

export function resolve(schema: Schema | undefined, components: Components): Schema {
  let current = schema ?? {};
  for (let depth = 0; current.$ref && depth < 10; depth++) current = components[current.$ref.split("/").pop()!] ?? {};
  return current;
}

/** "string (uuid) | null", "array of Todo", "pending | in_progress | completed". */
export function typeLabel(schema: Schema | undefined, components: Components): string {
  if (!schema) return "any";
  if (schema.$ref) return schema.$ref.split("/").pop()!;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((v) => typeLabel(v, components)).join(" | ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return (
    types
      .map((t) => (t === "array" ? `array of ${typeLabel(schema.items, components)}` : schema.format && t !== "null" ? `${t} (${schema.format})` : t))
      .join(" | ") || "object"
  );
}

function constraints(schema: Schema): string[] {
  const out: string[] = [];
  if (schema.minLength !== undefined || schema.maxLength !== undefined) out.push(`length ${schema.minLength ?? 0}..${schema.maxLength ?? "∞"}`);
  if (schema.minItems !== undefined || schema.maxItems !== undefined) out.push(`items ${schema.minItems ?? 0}..${schema.maxItems ?? "∞"}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) out.push(`range ${schema.minimum ?? "-∞"}..${schema.maximum ?? "∞"}`);
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  return out;
}

export function FieldTable({ schema, components, caption }: { schema: Schema | undefined; components: Components; caption: string }) {
  const resolved = resolve(schema, components);
  const properties = Object.entries(resolved.properties ?? {});
  if (properties.length === 0) {
    return (
      <p className="text-sm">
        {caption}: <code>{typeLabel(schema, components)}</code>
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="py-1 text-left font-medium">
          {caption}
          {schema?.$ref ? <span className="font-normal text-slate-600 dark:text-slate-400"> ({typeLabel(schema, components)})</span> : null}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="py-1 pr-4 font-medium">
              Field
            </th>
            <th scope="col" className="py-1 pr-4 font-medium">
              Type
            </th>
            <th scope="col" className="py-1 font-medium">
              Notes
            </th>
          </tr>
        </thead>
        <tbody>
          {properties.map(([name, prop]) => {
            const field = resolve(prop, components);
            const notes = [resolved.required?.includes(name) ? "required" : null, ...constraints(field), field.description].filter(Boolean);
            return (
              <tr key={name} className="border-b border-slate-100 align-top dark:border-slate-800">
                <td className="py-1 pr-4">
                  <code>{name}</code>
                </td>
                <td className="py-1 pr-4">
                  <code className="break-words">{typeLabel(prop, components)}</code>
                </td>
                <td className="py-1 text-slate-700 dark:text-slate-300">{notes.join("; ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
