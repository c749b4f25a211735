import Link from "next/link";
import { RequestResetForm } from "./request-form";

export const metadata = { title: "Reset your password" };

export default function PasswordResetPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Reset your password</h1>
      <p className="text-slate-700 dark:text-slate-300">Enter the e-mail address of your account. We will send you a link to choose a new password.</p>
      <RequestResetForm />
      <p className="text-sm">
        <Link href="/login" className="underline">Back to log in</Link>
      </p>
    </div>
  );
}
