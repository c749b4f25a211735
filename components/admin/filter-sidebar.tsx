/**
 * The list's filters as a GET form (works without JavaScript): each declared filter as a
 * select, date pair or id box. Search and sort ride along as hidden fields.
 */
import Link from "next/link";
import type { ResolvedAdmin, ResolvedFilter } from "@/lib/admin/define";
import type { ListQuery } from "@/lib/admin/list-query";
import { FilterPanel } from "./filter-panel";
import { buttonClass, inputClass } from "./styles";

function Choice({ filter, value, options }: { filter: ResolvedFilter; value?: string; options: [string, string][] }) {
  const id = `filter-${filter.name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {filter.label}
      </label>
      <select id={id} name={filter.name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">All</option>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

function FilterControl({ filter, query }: { filter: ResolvedFilter; query: ListQuery }) {
  const value = query.filters[filter.name];
  switch (filter.kind) {
    case "choice":
      return <Choice filter={filter} value={value} options={filter.choices.map((c) => [c, c])} />;
    case "boolean":
      return <Choice filter={filter} value={value} options={[["true", "Yes"], ["false", "No"]]} />;
    case "present":
      return <Choice filter={filter} value={value} options={[["yes", filter.yes], ["no", filter.no]]} />;
    case "ref":
      return (
        <div className="flex flex-col gap-1">
          <label htmlFor={`filter-${filter.name}`} className="text-sm font-medium">
            {filter.label}
          </label>
          <input id={`filter-${filter.name}`} name={filter.name} defaultValue={value ?? ""} className={inputClass} placeholder="uuid" />
        </div>
      );
    case "date-range":
      return (
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">{filter.label} (UTC)</legend>
          <label className="flex items-center gap-2 text-sm">
            <span className="w-10">From</span>
            <input type="date" name={`${filter.name}__gte`} defaultValue={query.filters[`${filter.name}__gte`] ?? ""} className={inputClass} />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <span className="w-10">To</span>
            <input type="date" name={`${filter.name}__lte`} defaultValue={query.filters[`${filter.name}__lte`] ?? ""} className={inputClass} />
          </label>
        </fieldset>
      );
  }
}

export function FilterSidebar({ admin, query }: { admin: ResolvedAdmin; query: ListQuery }) {
  if (admin.filters.length === 0) return null;
  const active = Object.keys(query.filters).length;
  const sort = `${query.sort.desc ? "-" : ""}${query.sort.name}`;
  return (
    <FilterPanel active={active}>
      <form method="get" action={`/admin/${admin.slug}`} className="flex flex-col gap-4" aria-label="Filters">
        {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
        <input type="hidden" name="o" value={sort} />
        <input type="hidden" name="per_page" value={query.perPage} />
        {admin.filters.map((filter) => (
          <FilterControl key={filter.name} filter={filter} query={query} />
        ))}
        <div className="flex gap-2">
          <button type="submit" className={buttonClass.primary}>
            Apply
          </button>
          {active ? (
            <Link href={`/admin/${admin.slug}${query.q ? `?q=${encodeURIComponent(query.q)}` : ""}`} className={buttonClass.secondary}>
              Clear
            </Link>
          ) : null}
        </div>
      </form>
    </FilterPanel>
  );
}
