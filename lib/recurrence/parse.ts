/**
 * A strict reader for the subset of RFC 5545 RRULE that Warden accepts. rrule's own parser
 * takes almost anything (`FREQ=FOO` parses to `{}`) and its iterator walks period by
 * period up to the year 9999 when a rule can never match, so every rule is checked here
 * first: unknown or unsupported parts are refused, and rules that could produce no
 * occurrence (Feb 30, a 10th Monday) or occurrences closer than an hour apart are refused.
 * Once a rule passes, finding its next occurrence is a short walk (see next.ts).
 */

export const FREQS = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY"] as const;
export type Freq = (typeof FREQS)[number];
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ByDay {
  day: Weekday;
  /** 1 = first, -1 = last; undefined = every such weekday. */
  n?: number;
}

/** A floating date-time: UTC fields are the wall-clock fields (`utc` tells how UNTIL was written). */
export interface Until {
  date: Date;
  utc: boolean;
}

export interface ParsedRule {
  freq: Freq;
  interval: number;
  count?: number;
  until?: Until;
  byday?: ByDay[];
  bymonthday?: number[];
  bymonth?: number[];
  bysetpos?: number[];
  byhour?: number[];
  byminute?: number[];
  wkst?: Weekday;
  /** The rule written back in one canonical order (what gets stored). */
  text: string;
}

export const MAX_RULE_LENGTH = 500;
export const MAX_COUNT = 1000;
export const MAX_INTERVAL = 1000;

export class RecurrenceRuleError extends Error {
  override name = "RecurrenceRuleError";
}

const fail = (message: string): never => {
  throw new RecurrenceRuleError(message);
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_IN_COMMON_YEAR_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function int(key: string, raw: string, min: number, max: number, allowNegative = false): number {
  if (!/^[+-]?\d{1,9}$/.test(raw)) fail(`${key} must be a whole number, not "${raw}".`);
  const n = Number(raw);
  const abs = Math.abs(n);
  if ((n < 0 && !allowNegative) || abs < min || abs > max) {
    fail(`${key} must be ${allowNegative ? `between ${min} and ${max} or between -${max} and -${min}` : `between ${min} and ${max}`}.`);
  }
  return n;
}

function list(key: string, raw: string, read: (v: string) => number): number[] {
  const values = raw.split(",").map(read);
  if (new Set(values).size !== values.length) fail(`${key} lists the same value twice.`);
  return values;
}

function parseUntil(raw: string): Until {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(raw);
  if (!m) fail('UNTIL must be a date such as 20271231 or 20271231T170000Z.');
  const [, y, mo, d, h = "23", mi = "59", s = "59", z = ""] = m!;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    fail(`UNTIL is not a real date: ${raw}.`);
  }
  return { date, utc: z === "Z" };
}

function parseByDay(raw: string, freq: Freq): ByDay[] {
  const seen = new Set<string>();
  return raw.split(",").map((item) => {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!m) fail(`BYDAY has an unknown day "${item}" (use MO, TU, WE, TH, FR, SA, SU, optionally with a position such as 1MO or -1FR).`);
    if (seen.has(item)) fail("BYDAY lists the same day twice.");
    seen.add(item);
    const day = m![2] as Weekday;
    if (m![1] === undefined) return { day };
    if (freq !== "MONTHLY" && freq !== "YEARLY") fail("A numbered BYDAY (such as 1MO) needs FREQ=MONTHLY or FREQ=YEARLY.");
    const n = Number(m![1]);
    if (n === 0 || Math.abs(n) > (freq === "MONTHLY" ? 5 : 53)) fail(`BYDAY position ${m![1]} is out of range.`);
    return { day, n };
  });
}

const SUPPORTED = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYHOUR", "BYMINUTE", "WKST"];

function readParts(text: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const raw of text.split(";")) {
    const part = raw.replace(/\s+/g, "");
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq <= 0 || eq === part.length - 1) fail(`"${part}" is not a KEY=VALUE part.`);
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === "DTSTART" || key === "TZID") fail("The start comes from the due date; leave DTSTART out of the rule.");
    if (["BYSECOND", "BYYEARDAY", "BYWEEKNO", "BYEASTER", "RDATE", "EXDATE"].includes(key)) fail(`${key} is not supported.`);
    if (!SUPPORTED.includes(key)) fail(`Unknown rule part "${key}".`);
    if (parts.has(key)) fail(`${key} appears twice.`);
    parts.set(key, value);
  }
  return parts;
}

/** Parses and checks a rule; throws RecurrenceRuleError with a message fit for the `recurrence` field. */
export function parseRule(input: string): ParsedRule {
  let text = input.trim().toUpperCase();
  if (text.startsWith("RRULE:")) text = text.slice(6);
  if (text === "") fail("Enter a rule such as FREQ=WEEKLY;BYDAY=MO.");
  if (text.length > MAX_RULE_LENGTH) fail(`The rule must have at most ${MAX_RULE_LENGTH} characters.`);
  if (/[\r\n]/.test(text)) fail("Give a single RRULE line.");
  const parts = readParts(text);

  const freqRaw = parts.get("FREQ") ?? fail("The rule needs a FREQ (DAILY, WEEKLY, MONTHLY, YEARLY or HOURLY).");
  if (freqRaw === "SECONDLY" || freqRaw === "MINUTELY") fail("A todo cannot repeat more often than every hour.");
  if (!(FREQS as readonly string[]).includes(freqRaw)) fail(`Unknown FREQ "${freqRaw}".`);
  const freq = freqRaw as Freq;

  const rule: ParsedRule = { freq, interval: 1, text: "" };
  const interval = parts.get("INTERVAL");
  if (interval !== undefined) rule.interval = int("INTERVAL", interval, 1, MAX_INTERVAL);
  const count = parts.get("COUNT");
  if (count !== undefined) rule.count = int("COUNT", count, 1, MAX_COUNT);
  const until = parts.get("UNTIL");
  if (until !== undefined) rule.until = parseUntil(until);
  if (rule.count !== undefined && rule.until) fail("Use COUNT or UNTIL, not both.");

  const byday = parts.get("BYDAY");
  if (byday !== undefined) rule.byday = parseByDay(byday, freq);
  const bymonthday = parts.get("BYMONTHDAY");
  if (bymonthday !== undefined) rule.bymonthday = list("BYMONTHDAY", bymonthday, (v) => int("BYMONTHDAY", v, 1, 31, true));
  const bymonth = parts.get("BYMONTH");
  if (bymonth !== undefined) rule.bymonth = list("BYMONTH", bymonth, (v) => int("BYMONTH", v, 1, 12));
  const bysetpos = parts.get("BYSETPOS");
  if (bysetpos !== undefined) rule.bysetpos = list("BYSETPOS", bysetpos, (v) => int("BYSETPOS", v, 1, 366, true));
  const byhour = parts.get("BYHOUR");
  if (byhour !== undefined) rule.byhour = list("BYHOUR", byhour, (v) => int("BYHOUR", v, 0, 23));
  const byminute = parts.get("BYMINUTE");
  if (byminute !== undefined) rule.byminute = list("BYMINUTE", byminute, (v) => int("BYMINUTE", v, 0, 59));
  const wkst = parts.get("WKST");
  if (wkst !== undefined) {
    if (!(WEEKDAYS as readonly string[]).includes(wkst)) fail(`WKST must be one of ${WEEKDAYS.join(", ")}.`);
    rule.wkst = wkst as Weekday;
  }

  checkBounded(rule);
  rule.text = format(rule);
  return rule;
}

/** Refuses rules that repeat more than hourly or that may never (or only after centuries) produce a date. */
function checkBounded(r: ParsedRule): void {
  if (r.byminute && r.byminute.length > 1) fail("BYMINUTE takes one value: a todo cannot repeat more often than every hour.");
  if (r.freq === "HOURLY" && (r.byday || r.bymonthday || r.bymonth || r.byhour || r.bysetpos)) {
    fail("FREQ=HOURLY takes only INTERVAL, COUNT, UNTIL and BYMINUTE.");
  }
  if (r.freq === "WEEKLY" && r.bymonthday) fail("BYMONTHDAY cannot be used with FREQ=WEEKLY.");
  if (r.freq === "DAILY" && r.bymonthday && r.byday) fail("For a weekday on a given day of the month use FREQ=MONTHLY.");
  const ordinal = r.byday?.some((d) => d.n !== undefined) ?? false;
  if (ordinal && r.bymonthday) fail("A numbered BYDAY (such as 1MO) cannot be combined with BYMONTHDAY.");
  // Friday-the-13th rules recur only by the calendar's weekday drift, which a skipping INTERVAL can defeat.
  if (r.interval > 1 && r.byday && r.bymonthday) fail("BYDAY together with BYMONTHDAY needs INTERVAL=1.");

  // A limiting part with INTERVAL > 1 can fall on periods that never match (every 7th day on Tuesdays).
  if (r.interval > 1) {
    const limiting =
      (r.freq === "DAILY" && (r.byday || r.bymonthday || r.bymonth)) || ((r.freq === "WEEKLY" || r.freq === "MONTHLY") && r.bymonth);
    if (limiting) fail(`With INTERVAL greater than 1, FREQ=${r.freq} cannot be limited by ${r.freq === "DAILY" ? "BYDAY, BYMONTHDAY or BYMONTH" : "BYMONTH"}.`);
  }

  // Every listed day of the month must exist in at least one listed month (every year, when skipping years).
  if (r.bymonthday) {
    const months = r.bymonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const lengths = r.interval > 1 ? DAYS_IN_COMMON_YEAR_MONTH : DAYS_IN_MONTH;
    for (const d of r.bymonthday) {
      const fits = r.interval > 1 && r.freq === "MONTHLY" ? Math.abs(d) <= 28 : months.some((m) => Math.abs(d) <= lengths[m - 1]!);
      if (!fits) {
        fail(
          r.interval > 1 && r.freq === "MONTHLY"
            ? "With INTERVAL greater than 1, BYMONTHDAY must be between 1 and 28 (or -1 and -28): some months would never have that day."
            : `Day ${d} does not exist in the chosen month${months.length > 1 ? "s" : ""}.`,
        );
      }
    }
  }
  if (ordinal && r.interval > 1) {
    const max = r.freq === "YEARLY" && !r.bymonth ? 52 : 4;
    if (r.byday!.some((d) => d.n !== undefined && Math.abs(d.n) > max)) fail(`With INTERVAL greater than 1, a BYDAY position must be between -${max} and ${max}.`);
  }
  if (ordinal && r.freq === "YEARLY" && r.bymonth && r.byday!.some((d) => d.n !== undefined && Math.abs(d.n) > 5)) {
    fail("With BYMONTH, a BYDAY position counts within the month: use -5 to 5.");
  }

  if (r.bysetpos) {
    if (r.freq === "DAILY" || r.freq === "HOURLY") fail("BYSETPOS needs FREQ=WEEKLY, MONTHLY or YEARLY.");
    if (!r.byday || ordinal || r.bymonthday) fail("BYSETPOS picks from plain BYDAY days (e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1).");
    // The fewest candidates a period can hold; a larger position might never exist.
    const perPeriod = r.freq === "WEEKLY" ? 1 : r.freq === "MONTHLY" ? 4 : r.bymonth ? 4 * r.bymonth.length : 52;
    const minimum = perPeriod * r.byday!.length * (r.byhour?.length ?? 1);
    if (r.bysetpos.some((p) => Math.abs(p) > minimum)) fail(`BYSETPOS must be between -${minimum} and ${minimum} for this rule.`);
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function format(r: ParsedRule): string {
  const parts = [`FREQ=${r.freq}`];
  if (r.interval !== 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
  if (r.until) {
    const d = r.until.date;
    parts.push(
      `UNTIL=${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${r.until.utc ? "Z" : ""}`,
    );
  }
  if (r.bymonth) parts.push(`BYMONTH=${r.bymonth.join(",")}`);
  if (r.bymonthday) parts.push(`BYMONTHDAY=${r.bymonthday.join(",")}`);
  if (r.byday) parts.push(`BYDAY=${r.byday.map((d) => `${d.n ?? ""}${d.day}`).join(",")}`);
  if (r.bysetpos) parts.push(`BYSETPOS=${r.bysetpos.join(",")}`);
  if (r.byhour) parts.push(`BYHOUR=${r.byhour.join(",")}`);
  if (r.byminute) parts.push(`BYMINUTE=${r.byminute.join(",")}`);
  if (r.wkst) parts.push(`WKST=${r.wkst}`);
  return parts.join(";");
}
