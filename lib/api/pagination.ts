import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const positive = (name: string) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a positive whole number.`)
    .transform(Number)
    .refine((n) => n >= 1, `${name} must be a positive whole number.`);

/** `?page=&page_size=`: non-numeric or non-positive is a 422; larger page sizes are cut to 100. */
/** Any page past this is past the end of every list; capping it keeps OFFSET within bigint. */
const LAST_PAGE = 1_000_000_000;

export const PageQuery = z.object({
  page: positive("page")
    .transform((n) => Math.min(n, LAST_PAGE))
    .default(1),
  page_size: positive("page_size")
    .transform((n) => Math.min(n, MAX_PAGE_SIZE))
    .default(DEFAULT_PAGE_SIZE),
});
export type PageQuery = z.output<typeof PageQuery>;

export interface Page<T> {
  data: T[];
  pagination: { page: number; page_size: number; total: number; next: string | null; previous: string | null };
}

export function offsetOf(q: PageQuery): number {
  return (q.page - 1) * q.page_size;
}

/** Wraps one page of results with absolute next/previous links that keep the other query parameters. */
export function paginate<T>(data: T[], total: number, q: PageQuery, url: URL): Page<T> {
  const link = (page: number) => {
    const u = new URL(url);
    u.searchParams.set("page", String(page));
    u.searchParams.set("page_size", String(q.page_size));
    return u.toString();
  };
  const lastPage = Math.max(1, Math.ceil(total / q.page_size));
  return {
    data,
    pagination: {
      page: q.page,
      page_size: q.page_size,
      total,
      next: q.page < lastPage ? link(q.page + 1) : null,
      previous: q.page > 1 ? link(Math.min(q.page - 1, lastPage)) : null,
    },
  };
}
