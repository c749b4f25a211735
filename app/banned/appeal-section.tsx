import type { Viewer } from "@/features/accounts/viewer";
import { getBanNotice } from "@/features/moderation/appeals";
import { AppealForm } from "./appeal-form";

const STATUS = {
  open: "Your appeal is waiting for an admin.",
  accepted: "Your appeal was accepted.",
  rejected: "Your appeal was rejected. The ban stays.",
} as const;

/** The appeal against the current ban: the form, or the appeal already sent and its outcome. */
export async function AppealSection({ viewer }: { viewer: Viewer }) {
  const notice = await getBanNotice(viewer);
  return (
    <section aria-labelledby="appeal-heading" className="flex flex-col gap-3">
      <h2 id="appeal-heading" className="text-lg font-semibold">
        Appeal
      </h2>
      {notice.appeal ? (
        <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-700" data-testid="appeal-status">
          <p className="font-medium">{STATUS[notice.appeal.status]}</p>
          {notice.appeal.decision_note ? <p className="mt-2 text-slate-700 dark:text-slate-300">Note from the admin: {notice.appeal.decision_note}</p> : null}
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">You wrote: {notice.appeal.message}</p>
        </div>
      ) : (
        <AppealForm />
      )}
    </section>
  );
}
