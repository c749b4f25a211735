/**
 * The form schema of a table without a DAL schema of its own, built from its columns: the
 * same types and limits the database enforces, with messages a person can act on.
 */
import { z } from "zod";
import type { ResolvedColumn, ResolvedField } from "./define";

function columnSchema(field: ResolvedField, col: ResolvedColumn): z.ZodType {
  let schema: z.ZodType;
  switch (col.kind) {
    case "enum":
      schema = z.enum(col.choices as [string, ...string[]], { message: `Choose one of: ${(col.choices ?? []).join(", ")}.` });
      break;
    case "boolean":
      schema = z.boolean();
      break;
    case "date":
      schema = z.coerce.date({ message: "Enter a valid date and time." });
      break;
    case "number":
      schema = z.number({ message: "Enter a whole number." }).int("Enter a whole number.");
      break;
    case "array":
      schema = z.array(z.string().trim().min(1));
      break;
    case "uuid":
      schema = z.uuid({ message: "Enter a valid id." });
      break;
    default: {
      let text = z.string().trim();
      if (col.maxLength) text = text.max(col.maxLength, `Ensure this field has no more than ${col.maxLength} characters.`);
      if (field.required) text = text.min(1, "This field is required.");
      if (field.kind === "email") schema = text.pipe(z.email({ message: "Enter a valid e-mail address." }));
      else if (field.kind === "url") schema = text.pipe(z.url({ message: "Enter a valid URL." }));
      else schema = text;
    }
  }
  return col.nullable ? schema.nullable() : schema;
}

export function buildFormSchema(fields: ResolvedField[], columns: Map<string, ResolvedColumn>): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const col = columns.get(field.name);
    if (col) shape[field.name] = columnSchema(field, col);
  }
  return z.object(shape) as unknown as z.ZodType<Record<string, unknown>>;
}
