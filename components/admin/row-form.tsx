"use client";
/** The create / edit form of any registered table; works without JavaScript (a plain POST to the action). */
import { useActionState } from "react";
import { saveRowAction } from "@/app/admin/actions";
import type { ResolvedField } from "@/lib/admin/define";
import type { ActionState } from "@/lib/forms";
import { FormField } from "./form-field";
import { FormMessage } from "@/components/forms/field";
import { buttonClass } from "./styles";

interface Props {
  slug: string;
  id: string | null;
  fields: ResolvedField[];
  values: Record<string, string>;
}

const initialState: ActionState = { ok: false };

export function RowForm({ slug, id, fields, values }: Props) {
  const [state, formAction, pending] = useActionState(saveRowAction.bind(null, slug, id), initialState);
  const shown = fields.filter((f) => (id ? !f.createOnly : !f.updateOnly));
  const valueOf = (field: ResolvedField) => {
    if (!state.values) return values[field.name] ?? "";
    if (field.kind === "boolean") return state.values[field.name] === "on" ? "true" : "false";
    return state.values[field.name] ?? "";
  };
  const names = new Set(shown.map((f) => f.name));
  const leftover = Object.entries(state.fields ?? {})
    .filter(([name]) => !names.has(name))
    .flatMap(([name, messages]) => messages.map((m) => (name === "non_field_errors" ? m : `${name}: ${m}`)));
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {shown.map((field) => (
        <FormField key={field.name} field={field} value={valueOf(field)} errors={state.fields?.[field.name]} />
      ))}
      {/* Errors on no field of this form (e.g. a rule about another column) still need to be seen. */}
      {leftover.length ? <FormMessage message={leftover.join(" ")} /> : null}
      <div>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Saving…" : id ? "Save changes" : "Create"}
        </button>
      </div>
    </form>
  );
}
