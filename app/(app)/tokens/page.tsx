import { SubmitButton } from "@/components/forms/submit-button";
import { requireUser } from "@/features/accounts/current";
import { listSessions } from "@/features/accounts/session-list";
import { endSessionAction } from "../sessions/actions";
import { CreateToken } from "./create-token";

export const metadata = { title: "API tokens" };

const day = (iso: string) => iso.slice(0, 10);

export default async function TokensPage() {
  const viewer = await requireUser();
  const tokens = (await listSessions(viewer)).filter((s) => s.kind === "api");
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Use <code>Authorization: Bearer &lt;access token&gt;</code> on <code>/api/v1</code>; renew it with the refresh token at{" "}
          <code>POST /api/v1/auth/token/refresh</code>.
        </p>
      </header>
      <CreateToken />
      <section aria-labelledby="tokens-heading" className="flex flex-col gap-3">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          Active tokens
        </h2>
        {tokens.length === 0 ? <p className="text-slate-700 dark:text-slate-300">No active tokens.</p> : null}
        <ul className="flex flex-col gap-3">
          {tokens.map((t) => (
            <li key={t.id} data-testid="api-token" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <p className="text-sm">
                Created {day(t.created_at)} · last refreshed {day(t.last_seen_at)} · expires {day(t.expires_at)}
              </p>
              <form action={endSessionAction}>
                <input type="hidden" name="session_id" value={t.id} />
                <SubmitButton variant="secondary">Revoke</SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
