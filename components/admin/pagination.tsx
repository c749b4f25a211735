/** Page links and page sizes for a list; every link keeps the filters, search and sort. */
import Link from "next/link";
import type { ResolvedAdmin } from "@/lib/admin/define";
import { listSearch, PAGE_SIZES, type ListQuery } from "@/lib/admin/list-query";

const linkClass = "rounded px-2 py-1 no-underline hover:bg-slate-100 dark:hover:bg-slate-800";

export function Pagination({ admin, query, total }: { admin: ResolvedAdmin; query: ListQuery; total: number }) {
  const pages = Math.max(1, Math.ceil(total / query.perPage));
  const first = total === 0 ? 0 : (query.page - 1) * query.perPage + 1;
  const last = Math.min(total, query.page * query.perPage);
  const href = (changes: Record<string, number | undefined>) => `/admin/${admin.slug}${listSearch(admin, query, changes)}`;
  const window = [...new Set([1, query.page - 1, query.page, query.page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite">
        {total === 0 ? "Nothing matches." : `Showing ${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}`}
      </p>
      <nav aria-label="Pages" className="flex flex-wrap items-center gap-1">
        {query.page > 1 ? (
          <Link href={href({ page: query.page - 1 })} className={linkClass} rel="prev">
            Previous
          </Link>
        ) : null}
        {window.map((p, i) => (
          <span key={p} className="flex items-center gap-1">
            {i > 0 && p - window[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === query.page ? (
              <span aria-current="page" className="rounded bg-indigo-700 px-2 py-1 font-medium text-white">
                {p}
              </span>
            ) : (
              <Link href={href({ page: p })} className={linkClass} aria-label={`Page ${p}`}>
                {p}
              </Link>
            )}
          </span>
        ))}
        {query.page < pages ? (
          <Link href={href({ page: query.page + 1 })} className={linkClass} rel="next">
            Next
          </Link>
        ) : null}
      </nav>
      <nav aria-label="Rows per page" className="flex items-center gap-1">
        <span>Per page:</span>
        {PAGE_SIZES.map((size) =>
          size === query.perPage ? (
            <span key={size} aria-current="true" className="px-2 py-1 font-semibold">
              {size}
            </span>
          ) : (
            <Link key={size} href={href({ per_page: size, page: undefined })} className={linkClass}>
              {size}
            </Link>
          ),
        )}
      </nav>
    </div>
  );
}
