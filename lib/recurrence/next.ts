/**
 * Next occurrence of a rule in the owner's time zone. rrule only knows "floating" dates
 * (UTC fields read as wall-clock fields), so instants go in as the owner's wall clock and
 * come back out through @date-fns/tz: "every day at 09:00 Europe/Paris" stays 09:00 on
 * both sides of a daylight-saving change. A wall-clock time that does not exist (02:30 on
 * the spring-forward night) moves forward by the gap; one that happens twice takes the later.
 */
import { TZDate } from "@date-fns/tz";
import { RRule, Weekday as RRuleWeekday, type Options } from "rrule";
import { parseRule, WEEKDAYS, type ParsedRule } from "./parse";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Building an Intl formatter costs ~150 µs, more than the rest of a next-occurrence; remember the answer.
const zoneCheck = new Map<string, string>();

/** The zone to use: the given IANA name when the platform knows it, else UTC. */
export function safeTimeZone(tz: string | null | undefined): string {
  if (!tz) return "UTC";
  let zone = zoneCheck.get(tz);
  if (zone === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      zone = tz;
    } catch {
      zone = "UTC";
    }
    if (zoneCheck.size < 1000) zoneCheck.set(tz, zone);
  }
  return zone;
}

/** The wall-clock time of `instant` in `tz`, as a floating date (ms dropped). */
export function toFloating(instant: Date, tz: string): Date {
  const t = new TZDate(instant.getTime(), tz);
  return new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds()));
}

/** The instant at which the wall clock in `tz` shows the floating date's fields. */
export function fromFloating(floating: Date, tz: string): Date {
  const t = new TZDate(
    floating.getUTCFullYear(),
    floating.getUTCMonth(),
    floating.getUTCDate(),
    floating.getUTCHours(),
    floating.getUTCMinutes(),
    floating.getUTCSeconds(),
    tz,
  );
  return new Date(t.getTime());
}

const RRULE_FREQ = { YEARLY: RRule.YEARLY, MONTHLY: RRule.MONTHLY, WEEKLY: RRule.WEEKLY, DAILY: RRule.DAILY, HOURLY: RRule.HOURLY };
const weekdayIndex = (d: string) => WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number]);

/**
 * rrule options with every default that rrule would take from DTSTART written out, so the
 * start can later be moved without changing which dates match.
 */
function optionsFor(rule: ParsedRule, start: Date, tz: string): Partial<Options> {
  const o: Partial<Options> = {
    freq: RRULE_FREQ[rule.freq],
    interval: rule.interval,
    count: rule.count ?? null,
    wkst: rule.wkst ? weekdayIndex(rule.wkst) : 0,
    bysetpos: rule.bysetpos ?? null,
    bymonth: rule.bymonth ?? null,
    bymonthday: rule.bymonthday ?? null,
    byweekday: rule.byday ? rule.byday.map((d) => new RRuleWeekday(weekdayIndex(d.day), d.n)) : null,
    byminute: rule.byminute ?? [start.getUTCMinutes()],
    bysecond: [start.getUTCSeconds()],
  };
  if (rule.until) o.until = rule.until.utc ? toFloating(rule.until.date, tz) : rule.until.date;
  if (rule.freq !== "HOURLY") o.byhour = rule.byhour ?? [start.getUTCHours()];
  if (!rule.bymonthday && !rule.byday) {
    if (rule.freq === "WEEKLY") o.byweekday = [new RRuleWeekday((start.getUTCDay() + 6) % 7)];
    if (rule.freq === "MONTHLY") o.bymonthday = [start.getUTCDate()];
    if (rule.freq === "YEARLY") {
      o.bymonth = rule.bymonth ?? [start.getUTCMonth() + 1];
      o.bymonthday = [start.getUTCDate()];
    }
  }
  return o;
}

/**
 * A start moved forward by whole periods to at most two periods before `after`, so a start
 * decades back costs nothing. Not with COUNT, which counts from the true start (COUNT is
 * capped, so that walk is bounded too).
 */
function movedStart(rule: ParsedRule, start: Date, after: Date): Date {
  if (rule.count !== undefined || after <= start) return start;
  const n = rule.interval;
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  // Whole periods to skip, keeping two in hand; 0 keeps the true start.
  const skip = (span: number) => Math.max(0, Math.floor(span / n) - 2) * n;
  let moved: Date;
  switch (rule.freq) {
    case "HOURLY":
      moved = new Date(start.getTime() + skip(Math.floor((after.getTime() - start.getTime()) / HOUR)) * HOUR);
      break;
    case "DAILY":
    case "WEEKLY": {
      const unit = rule.freq === "DAILY" ? 1 : 7;
      const day0 = Date.UTC(y, m, start.getUTCDate());
      const k = skip(Math.floor((after.getTime() - day0) / DAY / unit));
      moved = new Date(day0 + k * unit * DAY);
      if (k === 0) return start;
      break;
    }
    case "MONTHLY": {
      const k = skip((after.getUTCFullYear() - y) * 12 + (after.getUTCMonth() - m));
      if (k === 0) return start;
      moved = new Date(Date.UTC(y, m + k, 1));
      break;
    }
    case "YEARLY": {
      const k = skip(after.getUTCFullYear() - y);
      if (k === 0) return start;
      moved = new Date(Date.UTC(y + k, 0, 1));
      break;
    }
  }
  return moved;
}

/**
 * The first occurrence strictly after `after` of a series that started at `dtstart`, as an
 * instant, or null when the rule has ended (COUNT used up, UNTIL passed).
 * Throws RecurrenceRuleError for a rule that does not pass parseRule.
 */
export function nextOccurrenceAfter(rule: string | ParsedRule, dtstart: Date, after: Date, tz: string): Date | null {
  const parsed = typeof rule === "string" ? parseRule(rule) : rule;
  const zone = safeTimeZone(tz);
  const start = toFloating(dtstart, zone);
  const floatingAfter = toFloating(after, zone);
  const rrule = new RRule({ ...optionsFor(parsed, start, zone), dtstart: movedStart(parsed, start, floatingAfter) });
  // The floating "after" can be an hour off around a fall-back change; step on until the real instant is later.
  let candidate = rrule.after(new Date(floatingAfter.getTime() - HOUR), false);
  for (let i = 0; candidate && i < 4; i++) {
    const instant = fromFloating(candidate, zone);
    if (instant > after && candidate >= start) return instant;
    candidate = rrule.after(candidate, false);
  }
  return null;
}

/** The first few occurrences after `after` (previews in the form). */
export function upcomingOccurrences(rule: string | ParsedRule, dtstart: Date, after: Date, tz: string, limit = 5): Date[] {
  const out: Date[] = [];
  let cursor = after;
  for (let i = 0; i < limit; i++) {
    const next = nextOccurrenceAfter(rule, dtstart, cursor, tz);
    if (!next) break;
    out.push(next);
    cursor = next;
  }
  return out;
}
