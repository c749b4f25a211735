import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/features/accounts/current";
import { RegisterForm } from "./register-form";

export const metadata = { title: "Create an account" };

export default async function RegisterPage() {
  if (await getViewer()) redirect("/profile");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <RegisterForm />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Already have one? <Link href="/login" className="underline">Log in</Link>
      </p>
    </div>
  );
}
