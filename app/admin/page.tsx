import type { Metadata } from "next";
import Link from "next/link";
import { DayChart, RankChart } from "@/components/admin/charts";
import { LiveFeed } from "@/components/admin/live-feed";
import { cardClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";
import { getDashboard } from "@/features/admin/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

function Figure({ label, value, href, testId }: { label: string; value: number; href: string; testId: string }) {
  return (
    <div className={cardClass}>
      <dt className="text-sm text-slate-600 dark:text-slate-400">
        <Link href={href} className="text-slate-700 no-underline hover:underline dark:text-slate-300">
          {label}
        </Link>
      </dt>
      <dd className="text-3xl font-semibold" data-testid={testId}>
        {value.toLocaleString("en")}
      </dd>
    </div>
  );
}

export default async function AdminHomePage() {
  const viewer = await requireAdmin();
  const data = await getDashboard(viewer);
  const { figures } = data;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="sr-only">
          Figures
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          <Figure label="Users" value={figures.users} href="/admin/users" testId="figure-users" />
          <Figure label="Active today" value={figures.activeToday} href={`/admin/sessions?last_seen_at__gte=${today}`} testId="figure-active" />
          <Figure label="Banned" value={figures.banned} href="/admin/users?is_banned=true" testId="figure-banned" />
          <Figure label="Overdue todos" value={figures.overdue} href={`/admin/todos?deleted_at=no&due_on__lte=${today}`} testId="figure-overdue" />
          {figures.todosByStatus.map((s) => (
            <Figure key={s.status} label={`Todos ${s.status.replace("_", " ")}`} value={s.count} href={`/admin/todos?status=${s.status}&deleted_at=no`} testId={`figure-todos-${s.status}`} />
          ))}
        </dl>
      </section>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <DayChart title="Moderation hits per day" data={data.hitsPerDay} color="#b91c1c" />
        <DayChart title="New users per day" data={data.newUsersPerDay} color="#4338ca" />
        <RankChart title={`Top words (${data.days} days)`} data={data.topWords} color="#c2410c" empty="No hits in this period." />
        <RankChart title={`Top offenders (${data.days} days)`} data={data.topOffenders} color="#7e22ce" empty="No hits in this period." />
      </div>
      <LiveFeed initial={data.recentHits} />
    </div>
  );
}
