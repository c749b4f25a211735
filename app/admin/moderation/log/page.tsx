import Link from "next/link";
import { buttonClass, cardClass, inputClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";
import { listModerationLogs } from "@/features/moderation/reports";
import { ModerationLogQuery } from "@/features/moderation/schemas";
import { zodFieldErrors } from "@/lib/errors";
import { ModerationNav } from "../sub-nav";

export const metadata = { title: "Moderation log" };

type Params = Record<string, string | string[] | undefined>;

export default async function ModerationLogPage({ searchParams }: { searchParams: Promise<Params> }) {
  const viewer = await requireAdmin();
  const params = await searchParams;
  const raw = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>;
  const parsed = ModerationLogQuery.safeParse({ ...raw, page_size: "50" });
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const query = parsed.success ? parsed.data : { page: 1, page_size: 50 };
  const { rows, total } = await listModerationLogs(viewer, query);
  const pages = Math.max(1, Math.ceil(total / query.page_size));
  const href = (page: number) => `/admin/moderation/log?${new URLSearchParams({ ...raw, page: String(page) })}`;
  return (
    <div>
      <h1 className="mb-2 text-2xl font-semibold">Moderation log</h1>
      <ModerationNav current="/admin/moderation/log" />
      <form className={`${cardClass} mb-4 grid gap-3 sm:grid-cols-4`} aria-label="Filter the log">
        {(
          [
            ["user_id", "User id"],
            ["word", "Word"],
            ["since", "Since (date)"],
          ] as const
        ).map(([name, label]) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`log-${name}`} className="text-sm font-medium">{label}</label>
            <input id={`log-${name}`} name={name} defaultValue={raw[name] ?? ""} className={inputClass} aria-describedby={`log-${name}-error`} />
            <p id={`log-${name}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">{errors[name]?.join(" ")}</p>
          </div>
        ))}
        <div className="flex items-center gap-2 self-center">
          <button type="submit" className={buttonClass.primary}>Filter</button>
          <Link href="/admin/moderation/log" className={buttonClass.secondary}>Clear</Link>
        </div>
      </form>
      <div className={`${cardClass} overflow-x-auto`}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Moderation hits, newest first</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-2 pr-4">When</th>
              <th scope="col" className="py-2 pr-4">User</th>
              <th scope="col" className="py-2 pr-4">Word</th>
              <th scope="col" className="py-2 pr-4">Matched text</th>
              <th scope="col" className="py-2 pr-4">Field</th>
              <th scope="col" className="py-2">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr key={l.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-2 pr-4 whitespace-nowrap">{l.created_at.replace("T", " ").slice(0, 19)}</td>
                <td className="py-2 pr-4 font-mono text-xs">
                  <Link href={`/admin/moderation/log?user_id=${l.user_id}`}>{l.user_id.slice(0, 8)}…</Link>
                </td>
                <td className="py-2 pr-4">{l.word}</td>
                <td className="py-2 pr-4">{l.matched_text}</td>
                <td className="py-2 pr-4">{l.field}</td>
                <td className="py-2">{l.action === "block" ? "blocked" : l.todo_id ? "logged" : "logged (no todo)"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-sm">
          <span>{total.toLocaleString("en")} hit(s), page {query.page} of {pages}</span>
          {query.page > 1 ? <Link href={href(query.page - 1)} rel="prev">Previous</Link> : null}
          {query.page < pages ? <Link href={href(query.page + 1)} rel="next">Next</Link> : null}
        </nav>
      </div>
    </div>
  );
}
