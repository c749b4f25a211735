import { navigation } from "@/features/admin/registry";
import { NavLink } from "./nav-link";

/** Every registered table, by group. On a phone it folds into a "Tables" disclosure. */
export function AdminNav() {
  const groups = navigation();
  const list = (
    <div className="flex flex-col gap-4">
      {groups.map(({ group, items }) => (
        <div key={group}>
          <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{group}</h2>
          <ul className="flex flex-col">
            {items.map((item) => (
              <li key={item.slug}>
                <NavLink href={`/admin/${item.slug}`} className="block rounded px-2 py-1 text-sm no-underline hover:bg-slate-100 dark:hover:bg-slate-800">
                  {item.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
  return (
    <nav aria-label="Tables" className="md:w-52 md:shrink-0">
      <details className="rounded-lg border border-slate-200 bg-white p-3 md:hidden dark:border-slate-800 dark:bg-slate-900">
        <summary className="cursor-pointer text-sm font-medium">Tables</summary>
        <div className="mt-3">{list}</div>
      </details>
      <div className="hidden md:block">{list}</div>
    </nav>
  );
}
