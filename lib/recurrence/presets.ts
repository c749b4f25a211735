/**
 * The todo form's common repeats, as RRULE text and back, and a sentence describing a rule.
 */
import { RRule } from "rrule";
import { z } from "zod";
import { parseRule, RecurrenceRuleError, WEEKDAYS, type Weekday } from "./parse";

export const RECURRENCE_PRESETS = ["none", "daily", "weekdays", "weekly", "monthly", "yearly", "custom"] as const;
export type RecurrencePreset = (typeof RECURRENCE_PRESETS)[number];

export const PRESET_LABELS: Record<RecurrencePreset, string> = {
  none: "Does not repeat",
  daily: "Every day",
  weekdays: "Every weekday (Monday to Friday)",
  weekly: "Every week on…",
  monthly: "Every month on day…",
  yearly: "Every year",
  custom: "Custom rule (RRULE)",
};

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

/** What the form posts: a preset and its details. `monthDay` -1 means the last day of the month. */
export interface RecurrenceChoice {
  preset: RecurrencePreset;
  weekdays?: Weekday[];
  monthDay?: number;
  custom?: string;
}

const WEEKDAY_RULE = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";

/** A preset as RRULE text (null for "none"). Field errors name the form field that is wrong. */
export function ruleFromChoice(choice: RecurrenceChoice): { rule: string | null } | { field: string; message: string } {
  switch (choice.preset) {
    case "none":
      return { rule: null };
    case "daily":
      return { rule: "FREQ=DAILY" };
    case "weekdays":
      return { rule: WEEKDAY_RULE };
    case "weekly": {
      const days = WEEKDAYS.filter((d) => choice.weekdays?.includes(d));
      if (days.length === 0) return { field: "recurrence_weekdays", message: "Pick at least one day of the week." };
      return { rule: `FREQ=WEEKLY;BYDAY=${days.join(",")}` };
    }
    case "monthly": {
      const n = choice.monthDay;
      if (n === undefined || !Number.isInteger(n) || !(n === -1 || (n >= 1 && n <= 31))) {
        return { field: "recurrence_month_day", message: "Pick a day of the month from 1 to 31, or the last day." };
      }
      return { rule: `FREQ=MONTHLY;BYMONTHDAY=${n}` };
    }
    case "yearly":
      return { rule: "FREQ=YEARLY" };
    case "custom": {
      try {
        return { rule: parseRule(choice.custom ?? "").text };
      } catch (err) {
        if (err instanceof RecurrenceRuleError) return { field: "recurrence", message: err.message };
        throw err;
      }
    }
  }
}

/** The preset a stored rule corresponds to, so the edit form opens on it. */
export function choiceFromRule(rule: string | null | undefined): RecurrenceChoice {
  if (!rule) return { preset: "none" };
  let text: string;
  try {
    text = parseRule(rule).text;
  } catch {
    return { preset: "custom", custom: rule };
  }
  if (text === "FREQ=DAILY") return { preset: "daily" };
  if (text === WEEKDAY_RULE) return { preset: "weekdays" };
  if (text === "FREQ=YEARLY") return { preset: "yearly" };
  const weekly = /^FREQ=WEEKLY;BYDAY=((?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*)$/.exec(text);
  if (weekly) return { preset: "weekly", weekdays: weekly[1]!.split(",") as Weekday[] };
  const monthly = /^FREQ=MONTHLY;BYMONTHDAY=(-1|[1-9]|[12]\d|3[01])$/.exec(text);
  if (monthly) return { preset: "monthly", monthDay: Number(monthly[1]) };
  return { preset: "custom", custom: text };
}

/** "every week on Monday, Wednesday" — rrule's own wording; the rule text itself when it cannot say it. */
export function describeRecurrence(rule: string): string {
  try {
    const parsed = parseRule(rule);
    const r = RRule.fromString(parsed.text);
    return r.isFullyConvertibleToText() ? r.toText() : parsed.text;
  } catch {
    return rule;
  }
}

/** The `recurrence` field of a todo: RRULE text in canonical form, or null. Shared by forms, API and DAL. */
export const RecurrenceField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    try {
      return parseRule(value).text;
    } catch (err) {
      if (!(err instanceof RecurrenceRuleError)) throw err;
      ctx.addIssue({ code: "custom", message: err.message });
      return z.NEVER;
    }
  })
  .nullable();
