import { redirect } from "next/navigation";
import { LogoutButton } from "@/components/logout-button";
import { requireUser } from "@/features/accounts/current";
import { getMe } from "@/features/users/profile";
import { AppealSection } from "./appeal-section";

export const metadata = { title: "Account banned" };

export default async function BannedPage() {
  const viewer = await requireUser({ allowBanned: true });
  if (!viewer.isBanned) redirect("/todos");
  const me = await getMe(viewer);
  const since = me.banned_at ? new Date(me.banned_at).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) + " UTC" : null;
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-12">
      <h1 className="text-2xl font-semibold">Your account is banned</h1>
      <div className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100" data-testid="ban-notice">
        <p>
          <strong>Reason:</strong> {me.ban_reason || "No reason was given."}
        </p>
        {since ? (
          <p>
            <strong>Since:</strong> {since}
          </p>
        ) : null}
      </div>
      <p className="text-slate-700 dark:text-slate-300">While the ban lasts you cannot use your todos, tags or the API. If you think this is a mistake, you can appeal once.</p>
      <AppealSection viewer={viewer} />
      <LogoutButton className="self-start rounded-md border border-slate-300 px-4 py-2 font-medium dark:border-slate-700" />
    </main>
  );
}
