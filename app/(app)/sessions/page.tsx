import { SubmitButton } from "@/components/forms/submit-button";
import { requireUser } from "@/features/accounts/current";
import { listSessions } from "@/features/accounts/session-list";
import { endSessionAction, logOutEverywhereAction } from "./actions";

export const metadata = { title: "Sessions" };

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

function describe(userAgent: string): string {
  if (!userAgent) return "Unknown device";
  const browser = /Firefox\//.test(userAgent) ? "Firefox" : /Edg\//.test(userAgent) ? "Edge" : /Chrom(e|ium)\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : null;
  const os = /Windows/.test(userAgent) ? "Windows" : /Mac OS X/.test(userAgent) ? "macOS" : /Android/.test(userAgent) ? "Android" : /iPhone|iPad/.test(userAgent) ? "iOS" : /Linux/.test(userAgent) ? "Linux" : null;
  return browser || os ? [browser, os].filter(Boolean).join(" on ") : userAgent.slice(0, 60);
}

export default async function SessionsPage() {
  const viewer = await requireUser();
  const sessions = await listSessions(viewer);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Sessions</h1>
        <p className="text-slate-700 dark:text-slate-300">Browsers and API tokens signed in to your account. End any you do not recognise.</p>
      </header>
      <ul className="flex flex-col gap-3" aria-label="Signed-in devices">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="session">
            <div className="flex flex-col gap-1">
              <p className="font-medium">
                {s.kind === "api" ? "API token" : describe(s.user_agent)}
                {s.current ? <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">This device</span> : null}
              </p>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Signed in {when(s.created_at)} from {s.ip || "an unknown address"}
                {s.kind === "api" ? ` · last refreshed ${when(s.last_seen_at)}` : null}
              </p>
            </div>
            {s.current ? null : (
              <form action={endSessionAction}>
                <input type="hidden" name="session_id" value={s.id} />
                <SubmitButton variant="secondary">End session</SubmitButton>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form action={logOutEverywhereAction}>
        <SubmitButton variant="danger">Log out everywhere</SubmitButton>
      </form>
    </div>
  );
}
