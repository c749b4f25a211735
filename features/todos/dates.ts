/**
 * Dates as users write them. The API and forms accept an ISO 8601 instant with an offset
 * ("2026-12-01T09:30:00+01:00"), a local date-time without one ("2026-12-01T09:30", what a
 * datetime-local field sends) or a bare date ("2026-12-01"); the last two are read in the
 * owner's timezone (SPEC §7: a bare date means 00:00 there).
 */
import { TZDate } from "@date-fns/tz";

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** True when the text is one of the accepted shapes and names a real calendar date. */
export function isDateInput(text: string): boolean {
  return parseDateInput(text, "UTC") !== null;
}

function validParts(y: number, m: number, d: number, h = 0, min = 0, s = 0): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || min > 59 || s > 59) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** The instant the text names, reading offset-less text in `timeZone`; null if it is not a date. */
export function parseDateInput(text: string, timeZone: string): Date | null {
  const value = text.trim();
  if (WITH_OFFSET.test(value)) {
    const date = new Date(value.replace(" ", "T"));
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const bare = BARE_DATE.exec(value);
  const local = bare ?? LOCAL_DATE_TIME.exec(value);
  if (!local) return null;
  const [y, m, d, h = 0, min = 0, s = 0, ms = 0] = local.slice(1).map((part, i) => (part === undefined ? 0 : Number(i === 6 ? part.padEnd(3, "0") : part)));
  if (!validParts(y!, m!, d!, h, min, s)) return null;
  const date = new TZDate(y!, m! - 1, d!, h, min, s, ms, timeZone);
  return new Date(date.getTime());
}

/** ISO 8601 with offset, as the API speaks it. */
export function isoOrNull(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

/** "2026-12-01T09:30" in `timeZone`: the value a datetime-local field shows. */
export function toLocalInput(date: Date | null | undefined, timeZone: string): string {
  if (!date) return "";
  const local = new TZDate(date.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** "24 Nov 18:02" (with the year when it is not this one), in `timeZone`. */
export function formatShort(date: Date, timeZone: string, now: Date = new Date()): string {
  const sameYear = new TZDate(date.getTime(), timeZone).getFullYear() === new TZDate(now.getTime(), timeZone).getFullYear();
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(date)
    .replace(",", "");
}
