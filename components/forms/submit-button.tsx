"use client";

import clsx from "clsx";
import { useFormStatus } from "react-dom";

export function SubmitButton({ children, variant = "primary", className }: { children: React.ReactNode; variant?: "primary" | "secondary" | "danger"; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={clsx(
        "rounded-md px-4 py-2 font-medium disabled:opacity-60",
        variant === "primary" && "bg-indigo-700 text-white hover:bg-indigo-800",
        variant === "secondary" && "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
        variant === "danger" && "bg-red-700 text-white hover:bg-red-800",
        className,
      )}
    >
      {children}
    </button>
  );
}
