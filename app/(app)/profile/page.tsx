import { requireUser } from "@/features/accounts/current";
import { getMe } from "@/features/users/profile";
import { ProfileForm } from "./profile-form";

export const metadata = { title: "Profile" };

const timezones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((tz) => tz !== "UTC")];

export default async function ProfilePage() {
  const viewer = await requireUser();
  const me = await getMe(viewer);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Profile</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {me.name} · {me.email} · {me.role === "admin" ? "Administrator" : "Member"} since {me.created_at.slice(0, 10)}
        </p>
      </header>
      <ProfileForm profile={me.profile} timezones={timezones} />
    </div>
  );
}
