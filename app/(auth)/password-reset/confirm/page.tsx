import { ConfirmResetForm } from "./confirm-form";

export const metadata = { title: "Choose a new password" };

export default async function ConfirmResetPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      <p className="text-slate-700 dark:text-slate-300">Setting it logs you out everywhere; then log in with the new one.</p>
      <ConfirmResetForm token={(Array.isArray(token) ? token[0] : token) ?? ""} />
    </div>
  );
}
