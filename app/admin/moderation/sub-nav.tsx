import Link from "next/link";

const SECTIONS = [
  ["/admin/moderation", "Overview"],
  ["/admin/moderation/words", "Word lists"],
  ["/admin/moderation/log", "Log"],
  ["/admin/moderation/appeals", "Appeals"],
] as const;

export function ModerationNav({ current }: { current: string }) {
  return (
    <nav aria-label="Moderation" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200 pb-2 text-sm dark:border-slate-800">
      {SECTIONS.map(([href, label]) => (
        <Link
          key={href}
          href={href}
          aria-current={href === current ? "page" : undefined}
          className="rounded-md px-3 py-2 font-medium text-slate-800! no-underline hover:bg-slate-100 aria-[current=page]:bg-indigo-700 aria-[current=page]:text-white! dark:text-slate-200! dark:hover:bg-slate-800"
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
