import Link from "next/link";
import { redirect } from "next/navigation";
import { FormMessage } from "@/components/forms/field";
import { getViewer } from "@/features/accounts/current";
import { safeNext } from "@/features/accounts/next-path";
import { LoginForm } from "./login-form";

export const metadata = { title: "Log in" };

type Search = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const next = safeNext(one(params.next));
  const viewer = await getViewer();
  if (viewer) redirect(viewer.isBanned ? "/banned" : next);
  const notice = one(params.registered)
    ? "Your account is ready. Log in with your new password."
    : one(params.reset)
      ? "Your password was changed and every session was logged out. Log in with the new password."
      : one(params.logged_out)
        ? "You are logged out."
        : undefined;
  // Auth.js sends refused script/callback log-ins here with ?error=…&code=….
  const error = !one(params.error)
    ? undefined
    : one(params.code) === "rate_limited"
      ? "Too many attempts. Wait a minute, then try again."
      : "That e-mail and password do not match an account.";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Log in</h1>
      {notice ? <FormMessage ok message={notice} /> : null}
      {error ? <FormMessage message={error} /> : null}
      <LoginForm next={next} email={one(params.email)} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        New here? <Link href="/register" className="underline">Create an account</Link>
      </p>
    </div>
  );
}
