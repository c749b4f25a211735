/** A table's columns as the admin sees them: database names, labels, kinds, choices, limits. */
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { PgTable, type PgColumn } from "drizzle-orm/pg-core";
import * as schema from "@/db/schema";
import type { IdTable } from "@/lib/write-path";
import type { FieldKind } from "./types";

export type ColumnKind = "uuid" | "text" | "enum" | "boolean" | "date" | "number" | "json" | "array";

export interface ResolvedColumn {
  /** Database name (snake_case), used everywhere outside the code. */
  name: string;
  /** Drizzle's key (camelCase) on row objects. */
  key: string;
  label: string;
  kind: ColumnKind;
  column: PgColumn;
  nullable: boolean;
  choices?: readonly string[];
  maxLength?: number;
}

/** "owner_id" → "Owner", "is_banned" → "Is banned". */
export function humanize(name: string): string {
  const words = name.replace(/_id$/, "").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindOf(column: PgColumn): ColumnKind {
  if (column.columnType === "PgUUID") return "uuid";
  if (column.columnType === "PgEnumColumn") return "enum";
  if (column.dataType === "boolean") return "boolean";
  if (column.dataType === "date") return "date";
  if (column.dataType === "number") return "number";
  if (column.dataType === "json") return "json";
  if (column.dataType === "array") return "array";
  return "text";
}

export function resolveColumns(table: IdTable): Map<string, ResolvedColumn> {
  const out = new Map<string, ResolvedColumn>();
  for (const [key, col] of Object.entries(getTableColumns(table))) {
    const column = col as PgColumn;
    const length = (column as unknown as { length?: number }).length;
    out.set(column.name, {
      name: column.name,
      key,
      label: humanize(column.name),
      kind: kindOf(column),
      column,
      nullable: !column.notNull,
      choices: column.enumValues,
      maxLength: typeof length === "number" ? length : undefined,
    });
  }
  return out;
}

export function fieldKind(col: ResolvedColumn): FieldKind {
  switch (col.kind) {
    case "enum":
      return "select";
    case "boolean":
      return "boolean";
    case "date":
      return "datetime";
    case "number":
      return "number";
    case "array":
      return "lines";
    default:
      return "text";
  }
}

/** Names of every table in the schema (choices for "which table" filters). */
export function tableNames(): string[] {
  return (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableName(table))
    .sort();
}
