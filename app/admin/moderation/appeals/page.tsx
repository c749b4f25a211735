import Link from "next/link";
import { buttonClass, cardClass, inputClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";
import { listAppeals } from "@/features/moderation/appeals";
import { acceptAppealAction, rejectAppealAction } from "../actions";
import { ModerationNav } from "../sub-nav";

export const metadata = { title: "Ban appeals" };

const FILTERS = [
  ["open", "Open"],
  ["accepted", "Accepted"],
  ["rejected", "Rejected"],
] as const;

export default async function AppealsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireAdmin();
  const params = await searchParams;
  const status = FILTERS.find(([s]) => s === params.status)?.[0] ?? "open";
  const { rows, total } = await listAppeals(viewer, { page: 1, page_size: 100, status });
  return (
    <div>
      <h1 className="mb-2 text-2xl font-semibold">Ban appeals</h1>
      <ModerationNav current="/admin/moderation/appeals" />
      <nav aria-label="Appeal status" className="mb-4 flex gap-2 text-sm">
        {FILTERS.map(([s, label]) => (
          <Link key={s} href={`/admin/moderation/appeals?status=${s}`} aria-current={s === status ? "page" : undefined} className="rounded-md px-3 py-1 aria-[current=page]:font-semibold aria-[current=page]:underline">
            {label}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? <p>No {status} appeals.</p> : <p className="mb-2 text-sm">{total} appeal(s).</p>}
      <ul className="flex flex-col gap-4">
        {rows.map((a) => (
          <li key={a.id} className={cardClass}>
            <p className="font-medium">
              {a.name} &lt;{a.email}&gt; — banned {a.banned_at.slice(0, 10)}
              {a.ban_reason ? `: ${a.ban_reason}` : ""}
            </p>
            <p className="mt-2 whitespace-pre-wrap">{a.message}</p>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              <Link href={`/admin/moderation/log?user_id=${a.user_id}`} className="underline">See this user&apos;s hits</Link>
              {a.status !== "open" ? ` · ${a.status} ${a.decided_at?.slice(0, 10) ?? ""}${a.decision_note ? ` — ${a.decision_note}` : ""}` : ""}
              {a.status === "open" && !a.ban_current ? " · this ban was already lifted" : ""}
            </p>
            {a.status === "open" ? (
              <form action={acceptAppealAction} className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
                <input type="hidden" name="id" value={a.id} />
                <div className="flex flex-1 flex-col gap-1">
                  <label htmlFor={`note-${a.id}`} className="text-sm font-medium">Note to the user (optional)</label>
                  <input id={`note-${a.id}`} name="note" maxLength={2000} className={inputClass} />
                </div>
                <button type="submit" className={buttonClass.primary}>Accept and unban</button>
                <button type="submit" formAction={rejectAppealAction} className={buttonClass.danger}>Reject</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
