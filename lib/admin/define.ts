/**
 * Turns a registration into what the generic pages and the query builder use: every name
 * checked against the table, labels, field kinds and filter choices inferred from the
 * columns, and a form schema built from the table when the registration brings none.
 */
import { getTableName } from "drizzle-orm";
import type { z } from "zod";
import type { IdTable } from "@/lib/write-path";
import { fieldKind, humanize, resolveColumns, type ResolvedColumn } from "./columns";
import { buildFormSchema } from "./form-schema";
import type { AdminRegistration, BulkAction, FieldKind, FieldSpec, FilterSpec, ListColumn } from "./types";

export type { ColumnKind, ResolvedColumn } from "./columns";
export { humanize, tableNames } from "./columns";

export interface ResolvedListColumn {
  name: string;
  label: string;
  sortable: boolean;
}

export interface ResolvedField {
  name: string;
  label: string;
  kind: FieldKind;
  choices?: readonly string[];
  help?: string;
  required: boolean;
  nullable: boolean;
  createOnly: boolean;
  updateOnly: boolean;
  maxLength?: number;
}

export type ResolvedFilter =
  | { kind: "choice"; name: string; label: string; choices: readonly string[] }
  | { kind: "boolean"; name: string; label: string }
  | { kind: "date-range"; name: string; label: string }
  | { kind: "present"; name: string; label: string; yes: string; no: string }
  | { kind: "ref"; name: string; label: string };

export interface ResolvedAdmin {
  reg: AdminRegistration;
  slug: string;
  tableName: string;
  columns: Map<string, ResolvedColumn>;
  listColumns: ResolvedListColumn[];
  filters: ResolvedFilter[];
  search: ResolvedColumn[];
  ordering: { name: string; desc: boolean };
  fields: ResolvedField[];
  createSchema: z.ZodType<Record<string, unknown>> | null;
  updateSchema: z.ZodType<Record<string, unknown>> | null;
  hidden: Set<string>;
  readOnly: Set<string>;
  can: { create: boolean; update: boolean; delete: boolean };
  bulkActions: BulkAction[];
}

export function defineAdmin<T extends IdTable>(registration: AdminRegistration<T>): ResolvedAdmin {
  const reg = registration as unknown as AdminRegistration;
  const columns = resolveColumns(reg.model.table);
  const tableName = getTableName(reg.model.table);
  const where = `admin registration "${reg.slug}"`;
  const need = (name: string, what: string): ResolvedColumn => {
    const col = columns.get(name);
    if (!col) throw new Error(`${where}: ${what} "${name}" is not a column of ${tableName}`);
    return col;
  };
  if (!/^[a-z][a-z0-9-]*$/.test(reg.slug)) throw new Error(`${where}: the slug must be kebab-case`);

  const redacted = new Set((reg.model.redact ?? []).map((key) => [...columns.values()].find((c) => c.key === key)?.name ?? String(key)));
  const hidden = new Set([...(reg.hidden ?? []), ...redacted]);
  for (const name of hidden) need(name, "hidden column");

  const listColumns = reg.list.columns.map((entry): ResolvedListColumn => {
    const spec: ListColumn = typeof entry === "string" ? { name: entry } : entry;
    const col = need(spec.name, "list column");
    if (hidden.has(spec.name)) throw new Error(`${where}: list column "${spec.name}" is hidden`);
    return { name: spec.name, label: spec.label ?? col.label, sortable: (spec.sortable ?? true) && col.kind !== "json" && col.kind !== "array" };
  });

  const filters = (reg.list.filters ?? []).map((spec: FilterSpec): ResolvedFilter => {
    const col = need(spec.name, "filter");
    const label = spec.label ?? col.label;
    switch (spec.kind) {
      case "choice": {
        const choices = spec.choices ?? col.choices;
        if (!choices) throw new Error(`${where}: choice filter "${spec.name}" needs choices`);
        return { kind: "choice", name: spec.name, label, choices };
      }
      case "present":
        return { kind: "present", name: spec.name, label, yes: spec.yes ?? "Yes", no: spec.no ?? "No" };
      default:
        return { ...spec, label };
    }
  });

  const search = (reg.list.search ?? []).map((name) => need(name, "search field"));
  const rawOrdering = reg.list.ordering ?? "-created_at";
  const ordering = { name: rawOrdering.replace(/^-/, ""), desc: rawOrdering.startsWith("-") };
  need(ordering.name, "ordering");

  const fields = (reg.form?.fields ?? []).map((entry): ResolvedField => {
    const spec: FieldSpec = typeof entry === "string" ? { name: entry } : entry;
    const col = columns.get(spec.name);
    if (!col && !spec.kind) throw new Error(`${where}: form field "${spec.name}" is not a column, so it needs a kind`);
    return {
      name: spec.name,
      label: spec.label ?? col?.label ?? humanize(spec.name),
      kind: spec.kind ?? fieldKind(col!),
      choices: spec.choices ?? col?.choices,
      help: spec.help,
      required: spec.required ?? (col ? col.column.notNull && !col.column.hasDefault && col.kind !== "boolean" : false),
      nullable: col ? col.nullable : true,
      createOnly: spec.createOnly ?? false,
      updateOnly: spec.updateOnly ?? false,
      maxLength: col?.maxLength,
    };
  });

  const editable = fields.length > 0;
  const can = {
    create: editable && (reg.permissions?.create ?? true),
    update: editable && (reg.permissions?.update ?? true),
    delete: reg.permissions?.delete ?? editable,
  };
  const readOnly = new Set(reg.readOnly ?? []);
  for (const name of readOnly) need(name, "read-only column");

  const resolved: ResolvedAdmin = {
    reg,
    slug: reg.slug,
    tableName,
    columns,
    listColumns,
    filters,
    search,
    ordering,
    fields,
    createSchema: can.create ? (reg.form?.create ?? buildFormSchema(fields.filter((f) => !f.updateOnly && columns.has(f.name)), columns)) : null,
    updateSchema: can.update ? (reg.form?.update ?? buildFormSchema(fields.filter((f) => !f.createOnly && columns.has(f.name)), columns)) : null,
    hidden,
    readOnly,
    can,
    bulkActions: reg.bulkActions ?? [],
  };
  return resolved;
}

