"use client";
/** A navigation link that marks itself as the current page (aria-current) for the table being viewed. */
import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={clsx(className, current && "bg-slate-200 font-semibold dark:bg-slate-800")}>
      {children}
    </Link>
  );
}
