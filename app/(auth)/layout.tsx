import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-10">
      <header className="mb-8">
        <Link href="/" className="text-2xl font-bold tracking-tight text-slate-900 no-underline dark:text-slate-100">
          Warden
        </Link>
      </header>
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        {children}
      </main>
    </div>
  );
}
