import Link from "next/link";
import { cardClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";
import { countOpenAppeals } from "@/features/moderation/appeals";
import { moderationSummary } from "@/features/moderation/reports";
import { ModerationNav } from "./sub-nav";
import { TestBox } from "./test-box";

export const metadata = { title: "Moderation" };

export default async function ModerationPage() {
  const viewer = await requireAdmin();
  const [summary, openAppeals] = await Promise.all([moderationSummary(viewer, { limit: 20 }), countOpenAppeals(viewer)]);
  return (
    <div>
      <h1 className="mb-2 text-2xl font-semibold">Moderation</h1>
      <ModerationNav current="/admin/moderation" />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="test-heading" className={cardClass}>
          <h2 id="test-heading" className="mb-3 text-lg font-semibold">
            Test this text
          </h2>
          <TestBox />
        </section>
        <section aria-labelledby="appeals-heading" className={cardClass}>
          <h2 id="appeals-heading" className="mb-3 text-lg font-semibold">
            Appeals
          </h2>
          <p>
            {openAppeals === 0 ? "No open appeals." : `${openAppeals} open appeal${openAppeals === 1 ? "" : "s"}.`}{" "}
            <Link href="/admin/moderation/appeals?status=open" className="underline">Review appeals</Link>
          </p>
        </section>
      </div>
      <section aria-labelledby="summary-heading" className={`${cardClass} mt-6`}>
        <h2 id="summary-heading" className="mb-3 text-lg font-semibold">
          Top offenders (all time)
        </h2>
        {summary.length === 0 ? (
          <p>No hits yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="col" className="py-2 pr-4">User</th>
                  <th scope="col" className="py-2 pr-4">Hits</th>
                  <th scope="col" className="py-2">Words</th>
                </tr>
              </thead>
              <tbody>
                {summary.map((row) => (
                  <tr key={row.user_id} className="border-b border-slate-100 dark:border-slate-800">
                    <td className="py-2 pr-4">
                      <Link href={`/admin/moderation/log?user_id=${row.user_id}`}>{row.email}</Link>
                    </td>
                    <td className="py-2 pr-4 tabular-nums">{row.total}</td>
                    <td className="py-2">{row.logs.map((l) => `${l.word} ×${l.count}`).join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
