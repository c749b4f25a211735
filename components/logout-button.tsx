import { logoutAction } from "@/app/(auth)/actions";

/** Log out is a POST (a form), so a link or prefetch can never log anyone out. */
export function LogoutButton({ className }: { className?: string }) {
  return (
    <form action={logoutAction}>
      <button type="submit" className={className ?? "rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800"}>
        Log out
      </button>
    </form>
  );
}
