/** The list's search box: a GET form that keeps the filters and sort. */
import type { ResolvedAdmin } from "@/lib/admin/define";
import type { ListQuery } from "@/lib/admin/list-query";
import { buttonClass, inputClass } from "./styles";

export function SearchForm({ admin, query }: { admin: ResolvedAdmin; query: ListQuery }) {
  if (admin.search.length === 0) return null;
  const sort = `${query.sort.desc ? "-" : ""}${query.sort.name}`;
  return (
    <form method="get" action={`/admin/${admin.slug}`} role="search" className="flex max-w-xl gap-2">
      {Object.entries(query.filters).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="o" value={sort} />
      <input type="hidden" name="per_page" value={query.perPage} />
      <label htmlFor="admin-search" className="sr-only">
        Search {admin.reg.title.toLowerCase()}
      </label>
      <input
        id="admin-search"
        type="search"
        name="q"
        defaultValue={query.q}
        placeholder={`Search ${admin.search.map((s) => s.label.toLowerCase()).join(", ")}`}
        className={inputClass}
      />
      <button type="submit" className={buttonClass.primary}>
        Search
      </button>
    </form>
  );
}
