"use client";
/** The filter sidebar's frame: always open beside the list on wide screens, folded behind a button on a phone. */
import { useId, useState } from "react";
import { buttonClass } from "./styles";

export function FilterPanel({ active, children }: { active: number; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <aside className="md:w-60 md:shrink-0" aria-label="Filter the list">
      <button type="button" className={`${buttonClass.secondary} w-full md:hidden`} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? "Hide filters" : "Filters"}
        {active ? ` (${active} on)` : ""}
      </button>
      <div id={id} className={`${open ? "block" : "hidden"} mt-3 rounded-lg border border-slate-200 bg-white p-4 md:mt-0 md:block dark:border-slate-800 dark:bg-slate-900`}>
        <h2 className="mb-3 text-sm font-semibold">Filters</h2>
        {children}
      </div>
    </aside>
  );
}
