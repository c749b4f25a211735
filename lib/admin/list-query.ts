/**
 * The list's query string, read against a registration's whitelist: only declared filters,
 * search, sortable columns and page sizes survive; anything else is dropped, so no user
 * input ever names a column or reaches SQL as text.
 *
 *   ?q=alice&role=admin&is_banned=false&created_at__gte=2026-01-01&o=-email&page=2&per_page=50
 */
import type { ResolvedAdmin } from "./define";

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export interface ListQuery {
  q: string;
  /** Valid filter values by parameter name (`status`, `created_at__gte`, ...). */
  filters: Record<string, string>;
  sort: { name: string; desc: boolean };
  page: number;
  perPage: number;
}

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const isUuid = (value: string): boolean => UUID.test(value);

function getter(params: RawParams): (name: string) => string | undefined {
  if (params instanceof URLSearchParams) return (name) => params.get(name) ?? undefined;
  return (name) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
}

function validDay(value: string | undefined): value is string {
  return !!value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function parseListQuery(admin: ResolvedAdmin, params: RawParams): ListQuery {
  const get = getter(params);
  const filters: Record<string, string> = {};
  for (const filter of admin.filters) {
    const value = get(filter.name);
    switch (filter.kind) {
      case "choice":
        if (value && filter.choices.includes(value)) filters[filter.name] = value;
        break;
      case "boolean":
        if (value === "true" || value === "false") filters[filter.name] = value;
        break;
      case "present":
        if (value === "yes" || value === "no") filters[filter.name] = value;
        break;
      case "ref":
        if (value && isUuid(value)) filters[filter.name] = value.toLowerCase();
        break;
      case "date-range":
        for (const suffix of ["__gte", "__lte"]) {
          const day = get(filter.name + suffix);
          if (validDay(day)) filters[filter.name + suffix] = day;
        }
        break;
    }
  }

  const sortable = new Set(["id", admin.ordering.name, ...admin.listColumns.filter((c) => c.sortable).map((c) => c.name)]);
  const o = get("o");
  const sortName = o?.replace(/^-/, "");
  const sort = o && sortName && sortable.has(sortName) ? { name: sortName, desc: o.startsWith("-") } : admin.ordering;

  const page = Number(get("page"));
  const perPage = Number(get("per_page"));
  return {
    q: (get("q") ?? "").trim().slice(0, 200),
    filters,
    sort,
    // A page beyond any list is simply empty; the cap keeps OFFSET within bigint.
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 1_000_000_000) : 1,
    perPage: (PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : DEFAULT_PAGE_SIZE,
  };
}

/** The query string of a list query, with changes (`undefined` removes a key). Defaults are left out. */
export function listSearch(admin: ResolvedAdmin, query: ListQuery, changes: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const [name, value] of Object.entries(query.filters)) params.set(name, value);
  if (query.sort.name !== admin.ordering.name || query.sort.desc !== admin.ordering.desc) {
    params.set("o", `${query.sort.desc ? "-" : ""}${query.sort.name}`);
  }
  if (query.page !== 1) params.set("page", String(query.page));
  if (query.perPage !== DEFAULT_PAGE_SIZE) params.set("per_page", String(query.perPage));
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || value === "") params.delete(name);
    else params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The filter part only (no page): what "every row matching this filter" means. */
export function filterSearch(admin: ResolvedAdmin, query: ListQuery): string {
  return listSearch(admin, { ...query, page: 1, perPage: DEFAULT_PAGE_SIZE });
}
