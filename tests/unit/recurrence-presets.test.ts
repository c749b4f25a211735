import fc from "fast-check";
import { RRule } from "rrule";
import { describe, expect, it } from "vitest";
import { choiceFromRule, describeRecurrence, nextOccurrenceAfter, RecurrenceField, ruleFromChoice } from "@/lib/recurrence";

describe("todo form presets", () => {
  it("turns each preset into RRULE text and back", () => {
    const cases = [
      [{ preset: "daily" }, "FREQ=DAILY"],
      [{ preset: "weekdays" }, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"],
      [{ preset: "weekly", weekdays: ["FR", "MO"] }, "FREQ=WEEKLY;BYDAY=MO,FR"],
      [{ preset: "monthly", monthDay: 15 }, "FREQ=MONTHLY;BYMONTHDAY=15"],
      [{ preset: "monthly", monthDay: -1 }, "FREQ=MONTHLY;BYMONTHDAY=-1"],
      [{ preset: "yearly" }, "FREQ=YEARLY"],
      [{ preset: "custom", custom: "freq=monthly;byday=1mo" }, "FREQ=MONTHLY;BYDAY=1MO"],
    ] as const;
    for (const [choice, rule] of cases) {
      expect(ruleFromChoice(choice as never)).toEqual({ rule });
      const back = choiceFromRule(rule);
      expect(ruleFromChoice(back)).toEqual({ rule });
    }
    expect(ruleFromChoice({ preset: "none" })).toEqual({ rule: null });
    expect(choiceFromRule(null)).toEqual({ preset: "none" });
  });

  it("names the form field that is wrong", () => {
    expect(ruleFromChoice({ preset: "weekly", weekdays: [] })).toMatchObject({ field: "recurrence_weekdays" });
    expect(ruleFromChoice({ preset: "monthly", monthDay: 32 })).toMatchObject({ field: "recurrence_month_day" });
    expect(ruleFromChoice({ preset: "custom", custom: "FREQ=SECONDLY" })).toMatchObject({ field: "recurrence" });
  });

  it("describes a rule in words", () => {
    expect(describeRecurrence("FREQ=WEEKLY;BYDAY=MO,WE")).toBe("every week on Monday, Wednesday");
    expect(describeRecurrence("FREQ=DAILY")).toBe("every day");
  });

  it("parses the recurrence field with zod: canonical text, null for empty, an issue for a bad rule", () => {
    expect(RecurrenceField.parse(" freq=daily ")).toBe("FREQ=DAILY");
    expect(RecurrenceField.parse("")).toBeNull();
    expect(RecurrenceField.parse(null)).toBeNull();
    const bad = RecurrenceField.safeParse("FREQ=MINUTELY");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/every hour/);
  });
});

describe("the moved start gives the same answer as walking every occurrence", () => {
  const rules = [
    "FREQ=DAILY",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=WEEKLY;BYDAY=MO,TH",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;WKST=SU",
    "FREQ=MONTHLY;BYMONTHDAY=31",
    "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=YEARLY;INTERVAL=3",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=HOURLY;INTERVAL=7",
    "FREQ=DAILY;BYHOUR=6,18;BYMINUTE=15",
  ];
  it("in UTC, for random starts and clocks", () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.integer({ min: Date.UTC(1995, 0, 1) / 60_000, max: Date.UTC(2024, 0, 1) / 60_000 }),
        fc.integer({ min: 0, max: 365 * 6 }),
        (rule, startMinute, laterDays) => {
          const start = new Date(startMinute * 60_000);
          const now = new Date(start.getTime() + laterDays * day + 12_345);
          const reference = new RRule({ ...RRule.parseString(rule), dtstart: start }).after(now, false);
          expect(nextOccurrenceAfter(rule, start, now, "UTC")?.toISOString()).toBe(reference?.toISOString());
        },
      ),
      { numRuns: 300 },
    );
  });
});
