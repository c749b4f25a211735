"use client";
/** The delete confirmation's button: a POST to the delete action, with the refusal shown if there is one. */
import Link from "next/link";
import { useActionState } from "react";
import { deleteRowAction } from "@/app/admin/actions";
import type { ActionState } from "@/lib/forms";
import { FormMessage } from "@/components/forms/field";
import { buttonClass } from "./styles";

const initialState: ActionState = { ok: false };

export function DeleteForm({ slug, id }: { slug: string; id: string }) {
  const [state, formAction, pending] = useActionState(deleteRowAction.bind(null, slug, id), initialState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage message={state.message} ok={state.ok} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass.danger} disabled={pending}>
          {pending ? "Deleting…" : "Yes, delete"}
        </button>
        <Link href={`/admin/${slug}/${id}`} className={buttonClass.secondary}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
