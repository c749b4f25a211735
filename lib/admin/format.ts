/** Values as the admin shows them: one plain-text rendering shared by tables, detail pages and CSV. */
import type { ColumnKind } from "./define";

export function formatValue(value: unknown, kind?: ColumnKind): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().replace("T", " ").slice(0, 16) + " UTC";
  if (kind === "boolean" || typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** CSV cells: exact instants (ISO 8601), booleans as true/false, JSON as JSON. */
export function csvValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
