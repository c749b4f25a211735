import clsx from "clsx";

/** A form's overall outcome: a refusal (role=alert) or a confirmation. */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" role={message && !ok ? "alert" : undefined}>
      {message ? (
        <p
          className={clsx(
            "rounded-md border px-3 py-2 text-sm",
            ok
              ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
              : "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
          )}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
