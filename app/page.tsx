import Link from "next/link";
import { getPublicStats } from "@/features/stats/data";

// Live figures: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const stats = await getPublicStats();
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-10 px-6 py-16">
      <header className="flex flex-col gap-4">
        <h1 className="text-4xl font-bold tracking-tight">Warden</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">
          A self-hosted todo manager with moderation built in: recurring todos, a banned-words filter, and an admin dashboard for every table.
        </p>
        <nav aria-label="Account" className="flex gap-4">
          <Link href="/register" className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white no-underline hover:bg-indigo-800 dark:text-white">
            Create an account
          </Link>
          <Link href="/login" className="rounded-md border border-slate-300 px-4 py-2 font-medium no-underline dark:border-slate-700">
            Log in
          </Link>
        </nav>
      </header>
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="sr-only">
          Figures
        </h2>
        <dl className="grid grid-cols-2 gap-4">
          <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <dt className="text-sm text-slate-600 dark:text-slate-400">People using Warden</dt>
            <dd className="text-3xl font-semibold" data-testid="stat-users">
              {stats.users.toLocaleString("en")}
            </dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <dt className="text-sm text-slate-600 dark:text-slate-400">Todos kept</dt>
            <dd className="text-3xl font-semibold" data-testid="stat-todos">
              {stats.todos.toLocaleString("en")}
            </dd>
          </div>
        </dl>
      </section>
    </main>
  );
}
