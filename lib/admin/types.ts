/**
 * The admin registration (Django's `ModelAdmin`): one declaration per table, in
 * `features/<entity>/admin.ts`, drives the generic list, detail, form, bulk actions, history
 * and CSV export under `/admin/<slug>`. Columns are named by their database name
 * (snake_case), the same names the URL query string, the forms and the audit trail use;
 * `defineAdmin` checks every name against the table when the module loads.
 */
import type { z } from "zod";
import type { Viewer } from "@/features/accounts/viewer";
import type { Actor, IdTable, Model, Row } from "@/lib/write-path";

export type FieldKind = "text" | "textarea" | "email" | "password" | "url" | "select" | "boolean" | "datetime" | "number" | "lines";

/** A form field. Kind, choices and "required" are inferred from the column when not given. */
export interface FieldSpec {
  /** The input key: a column's database name, or a virtual input (e.g. `password`). */
  name: string;
  label?: string;
  kind?: FieldKind;
  choices?: readonly string[];
  help?: string;
  required?: boolean;
  /** Only on the create form (e.g. the initial password). */
  createOnly?: boolean;
  /** Only on the edit form (e.g. "active", which a new account always is). */
  updateOnly?: boolean;
}

export type FilterSpec =
  | { kind: "choice"; name: string; label?: string; choices?: readonly string[] }
  | { kind: "boolean"; name: string; label?: string }
  | { kind: "date-range"; name: string; label?: string }
  /** Whether a nullable column is set, e.g. `deleted_at`: `?deleted_at=yes|no`. */
  | { kind: "present"; name: string; label?: string; yes?: string; no?: string }
  /** An exact id, e.g. `?owner_id=<uuid>` (links from a user to their todos). */
  | { kind: "ref"; name: string; label?: string };

export interface ListColumn {
  name: string;
  label?: string;
  /** Defaults to true; JSON and array columns are never sortable. */
  sortable?: boolean;
}

/** Everything an admin-side write knows: who, and the actor to record in the audit trail. */
export interface AdminContext {
  viewer: Viewer;
  actor: Actor;
}

export interface ActionInput {
  name: string;
  label: string;
  kind: "text" | "select";
  choices?: readonly string[];
  required?: boolean;
}

export interface ActionResult {
  /** Rows the action changed. */
  done: number;
  /** Rows left as they were (already in that state, not allowed, gone). */
  skipped?: number;
}

export interface BulkAction {
  name: string;
  label: string;
  /** Shown in the confirmation; `{count}` and `{table}` are filled in. */
  confirm?: string;
  destructive?: boolean;
  /** One extra value the admin types or picks (a ban reason, a role). */
  input?: ActionInput;
  /** Who may use it; every admin by default. */
  allow?: (viewer: Viewer) => boolean;
  run(ids: string[], input: Record<string, string>, ctx: AdminContext): Promise<ActionResult>;
}

/** An action on one row, shown on its detail page. */
export type RowAction = BulkAction;

/** How the admin writes a table. Defaults: the generic write path (createRow/updateRow/deleteRow). */
export interface SaveHooks {
  /** Receives the input parsed by `form.create`; returns the new row's id. */
  create?(input: Record<string, unknown>, ctx: AdminContext): Promise<string>;
  /** Receives only the fields the admin changed (PATCH), parsed by `form.update`. */
  update?(id: string, input: Record<string, unknown>, ctx: AdminContext): Promise<void>;
  delete?(id: string, ctx: AdminContext): Promise<void>;
}

export interface AdminRegistration<T extends IdTable = IdTable> {
  /** Kebab-case URL segment: `/admin/banned-words`. */
  slug: string;
  /** Plural and singular names for headings and messages. */
  title: string;
  singular: string;
  /** The write-path registration: events, redaction, constraint messages. */
  model: Model<T>;
  /** Groups the admin's navigation. */
  group?: string;
  /** A row's name in headings and links (Django's __str__). */
  describe: (row: Row<T>) => string;
  list: {
    columns: (string | ListColumn)[];
    /** e.g. "-created_at"; the default is newest first. */
    ordering?: string;
    search?: string[];
    filters?: FilterSpec[];
  };
  /** Columns never shown (secrets). Columns the write path redacts are hidden too. */
  hidden?: string[];
  /** Shown on the detail page but never editable. Every column not in the form is read-only too. */
  readOnly?: string[];
  form?: {
    fields: (string | FieldSpec)[];
    /** The DAL's schemas where one exists; otherwise built from the table (drizzle-zod). */
    create?: z.ZodType<Record<string, unknown>>;
    update?: z.ZodType<Record<string, unknown>>;
  };
  permissions?: { create?: boolean; update?: boolean; delete?: boolean };
  save?: SaveHooks;
  bulkActions?: BulkAction[];
  rowActions?: RowAction[];
}
