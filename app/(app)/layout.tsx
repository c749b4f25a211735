import Link from "next/link";
import { LogoutButton } from "@/components/logout-button";
import { requireUser } from "@/features/accounts/current";

const linkClass = "rounded-md px-3 py-2 text-sm font-medium text-slate-800 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800";

/** The signed-in app shell. Every page under app/(app)/ still calls requireUser() (or the DAL does). */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireUser();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-4 py-2">
          <Link href="/todos" className="mr-4 text-lg font-bold text-slate-900 no-underline dark:text-slate-100">
            Warden
          </Link>
          <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-1">
            <Link href="/todos" className={linkClass}>
              Todos
            </Link>
            <Link href="/tags" className={linkClass}>
              Tags
            </Link>
            <Link href="/profile" className={linkClass}>
              Profile
            </Link>
            <Link href="/sessions" className={linkClass}>
              Sessions
            </Link>
            <Link href="/tokens" className={linkClass}>
              API tokens
            </Link>
            {viewer.role === "admin" ? (
              <Link href="/admin" className={linkClass}>
                Admin
              </Link>
            ) : null}
          </nav>
          <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400">{viewer.email}</span>
          <LogoutButton />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
