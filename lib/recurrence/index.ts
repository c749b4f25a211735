/**
 * Recurring todos (SPEC §5): RRULE text checked and evaluated in the owner's time zone.
 * parse.ts refuses rules that would explode; next.ts finds the next occurrence with bounded
 * work; presets.ts serves the todo form.
 */
import { ValidationError } from "@/lib/errors";
import { parseRule, RecurrenceRuleError, type ParsedRule } from "./parse";

export { MAX_COUNT, MAX_INTERVAL, MAX_RULE_LENGTH, parseRule, RecurrenceRuleError, WEEKDAYS } from "./parse";
export type { ByDay, Freq, ParsedRule, Weekday } from "./parse";
export { fromFloating, nextOccurrenceAfter, safeTimeZone, toFloating, upcomingOccurrences } from "./next";
export {
  choiceFromRule,
  describeRecurrence,
  PRESET_LABELS,
  RECURRENCE_PRESETS,
  RecurrenceField,
  ruleFromChoice,
  WEEKDAY_LABELS,
} from "./presets";
export type { RecurrenceChoice, RecurrencePreset } from "./presets";

/** Parses a rule for a write, or throws a ValidationError on `field` (default `recurrence`). */
export function validateRecurrence(rule: string, field = "recurrence"): ParsedRule {
  try {
    return parseRule(rule);
  } catch (err) {
    if (err instanceof RecurrenceRuleError) throw ValidationError.field(field, err.message);
    throw err;
  }
}
