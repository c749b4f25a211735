/**
 * Shared class names of the admin's controls (Tailwind), so every page looks the same.
 * Link colours need `!`: the global `a` rule in app/globals.css is unlayered and would win.
 */
export const inputClass =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-indigo-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

export const buttonClass = {
  primary: "rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white! no-underline hover:bg-indigo-800 disabled:opacity-60",
  secondary:
    "rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900! no-underline hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100! dark:hover:bg-slate-800",
  danger: "rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white! no-underline hover:bg-red-800 disabled:opacity-60",
} as const;

export const cardClass = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";
