import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDateWithDistance, relativeDays } from "./format-date";

const now = new Date("2026-12-05T23:30:00Z");

describe("dates in plain words", () => {
  it("writes the day, a short month and the year", () => {
    expect(formatDate(new Date("2026-12-12T00:00:00Z"))).toBe("12 Dec 2026");
    expect(formatDateTime(new Date("2026-12-12T14:05:00Z"), "UTC")).toBe("12 Dec 2026, 14:05 UTC");
  });

  it("writes a moment as the clock read in the organisation's zone, with the zone's name, summer time included", () => {
    expect(formatDateTime(new Date("2026-12-12T14:05:00Z"), "America/Los_Angeles")).toBe(
      "12 Dec 2026, 06:05 America/Los_Angeles",
    );
    expect(formatDateTime(new Date("2026-07-12T14:05:00Z"), "America/Los_Angeles")).toBe(
      "12 Jul 2026, 07:05 America/Los_Angeles",
    );
    // Already the next day in Auckland.
    expect(formatDateTime(new Date("2026-12-12T14:05:00Z"), "Pacific/Auckland")).toBe(
      "13 Dec 2026, 03:05 Pacific/Auckland",
    );
    expect(formatDateTime(new Date("2026-12-12T14:05:00Z"), "Asia/Kolkata")).toBe("12 Dec 2026, 19:35 Asia/Kolkata");
  });

  it("counts calendar days, not 24-hour periods", () => {
    expect(relativeDays(new Date("2026-12-06T00:10:00Z"), now)).toBe("tomorrow");
    expect(relativeDays(new Date("2026-12-05T00:00:00Z"), now)).toBe("today");
    expect(relativeDays(new Date("2026-12-04T12:00:00Z"), now)).toBe("yesterday");
    expect(relativeDays(new Date("2026-12-01T12:00:00Z"), now)).toBe("4 days ago");
  });

  it("joins both as the product writes them", () => {
    expect(formatDateWithDistance(new Date("2026-12-12T00:00:00Z"), now)).toBe("12 Dec 2026 (in 7 days)");
  });
});
