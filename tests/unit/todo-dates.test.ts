import { describe, expect, it } from "vitest";
import { formatShort, isDateInput, parseDateInput, toLocalInput } from "@/features/todos/dates";

describe("dates as users write them", () => {
  it("reads a bare date as midnight in the given timezone, across DST", () => {
    expect(parseDateInput("2026-12-01", "Europe/Paris")?.toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(parseDateInput("2026-07-01", "Europe/Paris")?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(parseDateInput("2026-03-08", "America/New_York")?.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(parseDateInput("2026-03-09", "America/New_York")?.toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });

  it("reads a local date-time in the timezone and an instant with offset as given", () => {
    expect(parseDateInput("2026-12-01T09:30", "Asia/Tokyo")?.toISOString()).toBe("2026-12-01T00:30:00.000Z");
    expect(parseDateInput("2026-12-01T09:30:15.5", "UTC")?.toISOString()).toBe("2026-12-01T09:30:15.500Z");
    expect(parseDateInput("2026-12-01T09:30:00+01:00", "Asia/Tokyo")?.toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(parseDateInput("2026-12-01T09:30:00Z", "Asia/Tokyo")?.toISOString()).toBe("2026-12-01T09:30:00.000Z");
  });

  it("refuses what is not a real date", () => {
    for (const text of ["tomorrow", "2026-02-30", "2026-13-01", "2026-12-01T25:00", "12/01/2026", "", "2026-12-01T09:30:00+99"]) {
      expect(isDateInput(text), text).toBe(false);
    }
  });

  it("shows an instant in the timezone for a datetime-local field and in short", () => {
    const at = new Date("2026-11-24T17:02:00Z");
    expect(toLocalInput(at, "Europe/Paris")).toBe("2026-11-24T18:02");
    expect(formatShort(at, "Europe/Paris", new Date("2026-01-01T00:00:00Z"))).toBe("24 Nov 18:02");
    expect(formatShort(at, "Europe/Paris", new Date("2027-06-01T00:00:00Z"))).toBe("24 Nov 2026 18:02");
    expect(parseDateInput(toLocalInput(at, "Europe/Paris"), "Europe/Paris")?.getTime()).toBe(at.getTime());
  });
});
