"use client";
/**
 * The home page's charts (recharts). Each draws for the eye and carries the same numbers as
 * a table for screen readers, so the SVG itself is hidden from assistive technology.
 */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DaySeries, Ranked } from "@/features/admin/dashboard";
import { cardClass } from "./styles";

const tick = { fill: "currentColor", fontSize: 12 };

function DataTable({ caption, rows }: { caption: string; rows: [string, number][] }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DayChart({ title, data, color }: { title: string; data: DaySeries[]; color: string }) {
  const total = data.reduce((n, d) => n + d.count, 0);
  return (
    <figure className={cardClass}>
      <figcaption className="mb-2 text-sm font-semibold">
        {title} <span className="font-normal text-slate-600 dark:text-slate-400">({total.toLocaleString("en")} in {data.length} days)</span>
      </figcaption>
      <div aria-hidden="true" className="h-48 text-slate-700 dark:text-slate-300">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 4, right: 4, bottom: 0, left: -20 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="day" tick={tick} tickFormatter={(d: string) => d.slice(5)} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={tick} />
            <Tooltip />
            <Bar dataKey="count" name={title} fill={color} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <DataTable caption={title} rows={data.filter((d) => d.count > 0).map((d) => [d.day, d.count])} />
    </figure>
  );
}

export function RankChart({ title, data, color, empty }: { title: string; data: Ranked[]; color: string; empty: string }) {
  return (
    <figure className={cardClass}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      {data.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <>
          <div aria-hidden="true" className="text-slate-700 dark:text-slate-300" style={{ height: 28 * data.length + 30 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
                <XAxis type="number" allowDecimals={false} tick={tick} />
                <YAxis type="category" dataKey="label" width={140} tick={tick} />
                <Tooltip />
                <Bar dataKey="count" name="Hits" fill={color} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ol className="sr-only">
            {data.map((d) => (
              <li key={d.label}>
                {d.href ? <a href={d.href}>{d.label}</a> : d.label}: {d.count}
              </li>
            ))}
          </ol>
        </>
      )}
    </figure>
  );
}
