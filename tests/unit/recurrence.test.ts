import { describe, expect, it } from "vitest";
import { nextOccurrenceAfter, upcomingOccurrences, validateRecurrence } from "@/lib/recurrence";
import { ValidationError } from "@/lib/errors";

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const at = (s: string) => new Date(s);

describe("recurrence across daylight-saving changes", () => {
  it("keeps FREQ=DAILY at 09:00 Europe/Paris over the last Sunday of March", () => {
    const start = at("2026-03-27T08:00:00Z"); // Friday 09:00 CET
    expect(iso(upcomingOccurrences("FREQ=DAILY", start, start, "Europe/Paris", 3))).toEqual([
      "2026-03-28T08:00:00.000Z", // 09:00 CET
      "2026-03-29T07:00:00.000Z", // 09:00 CEST, the day clocks go forward
      "2026-03-30T07:00:00.000Z",
    ]);
  });

  it("keeps FREQ=DAILY at 09:00 Europe/Paris over the last Sunday of October", () => {
    const start = at("2026-10-23T07:00:00Z"); // 09:00 CEST
    expect(iso(upcomingOccurrences("FREQ=DAILY", start, start, "Europe/Paris", 3))).toEqual([
      "2026-10-24T07:00:00.000Z",
      "2026-10-25T08:00:00.000Z", // 09:00 CET, the day clocks go back
      "2026-10-26T08:00:00.000Z",
    ]);
  });

  it("keeps 09:00 in America/New_York over both changes (second Sunday of March, first of November)", () => {
    const start = at("2026-03-06T14:00:00Z"); // 09:00 EST
    expect(iso(upcomingOccurrences("FREQ=DAILY", start, start, "America/New_York", 3))).toEqual([
      "2026-03-07T14:00:00.000Z",
      "2026-03-08T13:00:00.000Z", // 09:00 EDT
      "2026-03-09T13:00:00.000Z",
    ]);
    const autumn = at("2026-10-30T13:00:00Z"); // 09:00 EDT
    expect(iso(upcomingOccurrences("FREQ=DAILY", autumn, autumn, "America/New_York", 3))).toEqual([
      "2026-10-31T13:00:00.000Z",
      "2026-11-01T14:00:00.000Z", // 09:00 EST
      "2026-11-02T14:00:00.000Z",
    ]);
  });

  it("keeps a weekly Monday 08:30 in New York when the clock changes between two Mondays", () => {
    const start = at("2026-03-02T13:30:00Z"); // Monday 08:30 EST
    const next = nextOccurrenceAfter("FREQ=WEEKLY;BYDAY=MO", start, at("2026-03-04T00:00:00Z"), "America/New_York");
    expect(next?.toISOString()).toBe("2026-03-09T12:30:00.000Z"); // Monday 08:30 EDT
  });

  it("moves a wall-clock time that does not exist forward by the gap, and the next day is normal again", () => {
    const start = at("2026-03-28T01:30:00Z"); // Saturday 02:30 CET
    expect(iso(upcomingOccurrences("FREQ=DAILY", start, start, "Europe/Paris", 2))).toEqual([
      "2026-03-29T01:30:00.000Z", // 02:30 does not exist: 03:30 CEST
      "2026-03-30T00:30:00.000Z", // 02:30 CEST
    ]);
  });

  it("produces one occurrence, not two, for a wall-clock time that happens twice", () => {
    const start = at("2026-10-24T00:30:00Z"); // Saturday 02:30 CEST
    const dates = upcomingOccurrences("FREQ=DAILY", start, start, "Europe/Paris", 3);
    expect(iso(dates)).toEqual(["2026-10-25T01:30:00.000Z", "2026-10-26T01:30:00.000Z", "2026-10-27T01:30:00.000Z"]);
  });

  it("steps hour by hour through the fall-back night without repeating or going backwards", () => {
    const start = at("2026-10-24T22:00:00Z");
    const dates = upcomingOccurrences("FREQ=HOURLY", start, start, "Europe/Paris", 6);
    for (let i = 1; i < dates.length; i++) expect(dates[i]!.getTime()).toBeGreaterThan(dates[i - 1]!.getTime());
    expect(new Set(iso(dates)).size).toBe(dates.length);
  });

  it("uses the injected clock, not the machine's: the next occurrence is after the given now", () => {
    const start = at("2026-01-05T08:00:00Z"); // Monday 09:00 Paris
    const now = at("2026-06-10T12:00:00Z"); // a Wednesday afternoon
    expect(nextOccurrenceAfter("FREQ=WEEKLY;BYDAY=MO,FR", start, now, "Europe/Paris")?.toISOString()).toBe("2026-06-12T07:00:00.000Z");
  });

  it("falls back to UTC for an unknown time zone", () => {
    const start = at("2026-01-01T09:00:00Z");
    expect(nextOccurrenceAfter("FREQ=DAILY", start, start, "Mars/Olympus")?.toISOString()).toBe("2026-01-02T09:00:00.000Z");
  });
});

describe("recurrence limits", () => {
  it("honours COUNT and UNTIL", () => {
    const start = at("2026-01-01T09:00:00Z");
    expect(upcomingOccurrences("FREQ=DAILY;COUNT=3", start, at("2025-12-31T00:00:00Z"), "UTC", 10)).toHaveLength(3);
    expect(nextOccurrenceAfter("FREQ=DAILY;COUNT=3", start, at("2026-01-03T09:00:00Z"), "UTC")).toBeNull();
    expect(nextOccurrenceAfter("FREQ=DAILY;UNTIL=20260105T090000Z", start, at("2026-01-04T10:00:00Z"), "UTC")?.toISOString()).toBe(
      "2026-01-05T09:00:00.000Z",
    );
    expect(nextOccurrenceAfter("FREQ=DAILY;UNTIL=20260105T090000Z", start, at("2026-01-05T10:00:00Z"), "UTC")).toBeNull();
  });

  it("computes the next occurrence of a start decades back without walking every occurrence", () => {
    const begin = performance.now();
    const next = nextOccurrenceAfter("FREQ=HOURLY", at("1971-01-01T00:17:00Z"), at("2026-05-05T10:20:00Z"), "UTC");
    const daily = nextOccurrenceAfter("FREQ=DAILY;BYHOUR=7,19", at("1950-02-01T07:00:00Z"), at("2026-05-05T10:20:00Z"), "Europe/Paris");
    expect(performance.now() - begin).toBeLessThan(100);
    expect(next?.toISOString()).toBe("2026-05-05T11:17:00.000Z");
    expect(daily?.toISOString()).toBe("2026-05-05T17:00:00.000Z"); // 19:00 CEST
  });

  it("keeps the phase of INTERVAL when the start is moved forward", () => {
    const start = at("2000-01-03T10:00:00Z"); // a Monday
    const next = nextOccurrenceAfter("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO", start, at("2026-05-05T00:00:00Z"), "UTC")!;
    const weeks = (next.getTime() - start.getTime()) / (7 * 86_400_000);
    expect(Number.isInteger(weeks) && weeks % 3 === 0).toBe(true);
    expect(next.getTime() - at("2026-05-05T00:00:00Z").getTime()).toBeLessThanOrEqual(21 * 86_400_000);
    const monthly = nextOccurrenceAfter("FREQ=MONTHLY;INTERVAL=5", at("1990-03-31T10:00:00Z"), at("2026-05-05T00:00:00Z"), "UTC");
    // Every 5th month from March 1990 on the 31st: June, November 2026, April, September 2027, February 2028 have no 31st.
    expect(monthly?.toISOString()).toBe("2028-07-31T10:00:00.000Z");
  });

  it("answers quickly for rare but valid rules", () => {
    const begin = performance.now();
    const leap = nextOccurrenceAfter("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", at("2026-01-01T09:00:00Z"), at("2026-01-01T10:00:00Z"), "UTC");
    const fifth = nextOccurrenceAfter("FREQ=MONTHLY;BYMONTH=2;BYDAY=5SU", at("2026-01-01T09:00:00Z"), at("2026-01-01T10:00:00Z"), "UTC");
    expect(performance.now() - begin).toBeLessThan(100);
    expect(leap?.toISOString()).toBe("2044-02-29T09:00:00.000Z");
    expect(fifth?.toISOString()).toBe("2032-02-29T09:00:00.000Z");
  });

  it.each([
    ["FREQ=SECONDLY", /more often than every hour/],
    ["FREQ=MINUTELY;INTERVAL=90", /more often than every hour/],
    ["FREQ=DAILY;BYMINUTE=0,30", /every hour/],
    ["FREQ=HOURLY;BYHOUR=9", /HOURLY takes only/],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", /does not exist/],
    ["FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", /does not exist/],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=10", /BYSETPOS must be between/],
    ["FREQ=DAILY;INTERVAL=7;BYDAY=TU", /INTERVAL greater than 1/],
    ["FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", /does not exist/],
    ["FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31", /between 1 and 28/],
    ["FREQ=DAILY;COUNT=100000", /COUNT must be between 1 and 1000/],
    ["FREQ=DAILY;COUNT=0", /COUNT must be between 1 and 1000/],
    ["FREQ=MONTHLY;BYMONTHDAY=0", /BYMONTHDAY must be between 1 and 31/],
    ["FREQ=DAILY;BYHOUR=24", /BYHOUR must be between 0 and 23/],
    ["FREQ=DAILY;COUNT=3;UNTIL=20270101", /COUNT or UNTIL/],
    ["DTSTART:19700101T000000Z;FREQ=DAILY", /DTSTART/],
    ["FREQ=DAILY;BYSECOND=5", /BYSECOND is not supported/],
    ["FREQ=FORTNIGHTLY", /Unknown FREQ/],
    ["FREQ=WEEKLY;BYDAY=XX", /unknown day/],
    ["INTERVAL=2", /needs a FREQ/],
    ["FREQ=DAILY;UNTIL=20260231", /not a real date/],
    ["", /Enter a rule/],
  ])("refuses %s with a field error on recurrence", (rule, message) => {
    let error: unknown;
    try {
      validateRecurrence(rule);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields?.recurrence?.[0]).toMatch(message);
  });

  it("accepts common rules and writes them back in one canonical form", () => {
    expect(validateRecurrence("rrule:freq=weekly;byday=mo,we").text).toBe("FREQ=WEEKLY;BYDAY=MO,WE");
    expect(validateRecurrence("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1").text).toBe("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1");
    expect(validateRecurrence("FREQ=YEARLY;UNTIL=20300101T000000Z;INTERVAL=2").text).toBe("FREQ=YEARLY;INTERVAL=2;UNTIL=20300101T000000Z");
    expect(validateRecurrence("FREQ=DAILY; BYHOUR=00,7 ;BYMINUTE=0").text).toBe("FREQ=DAILY;BYHOUR=0,7;BYMINUTE=0");
  });
});
