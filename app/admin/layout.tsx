import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { LogoutButton } from "@/components/logout-button";
import { requireAdmin } from "@/features/accounts/current";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Warden" } };
export const dynamic = "force-dynamic";

/** The admin shell. Admins only: anonymous visitors go to /login, users get a 404. Each page and action checks again. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireAdmin();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-2 px-4 py-2">
          <Link href="/admin" className="mr-4 text-lg font-bold text-slate-900 no-underline dark:text-slate-100">
            Warden admin
          </Link>
          <nav aria-label="Admin sections" className="flex flex-1 flex-wrap items-center gap-1 text-sm">
            <Link href="/admin" className="rounded-md px-3 py-2 font-medium text-slate-800 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
              Dashboard
            </Link>
            <Link href="/admin/moderation" className="rounded-md px-3 py-2 font-medium text-slate-800 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
              Moderation
            </Link>
            <Link href="/todos" className="rounded-md px-3 py-2 font-medium text-slate-800 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
              Back to the app
            </Link>
          </nav>
          <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400">{viewer.email}</span>
          <LogoutButton />
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <AdminNav />
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
