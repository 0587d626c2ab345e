import { describe, expect, it } from "vitest";
import { isCalendarDateInRange } from "./calendar-date";

describe("isCalendarDateInRange", () => {
  it.each(["1970-01-01", "2026-02-28", "2028-02-29", "2199-12-31"])("accepts %s", (value) => {
    expect(isCalendarDateInRange(value)).toBe(true);
  });

  it.each([
    "0000-01-01",
    "0001-01-01",
    "1969-12-31",
    "2200-01-01",
    "9999-12-31",
    "10000-01-01",
    "+02026-01-01",
    "2026-02-30",
    "2026-13-01",
    "2026-1-1",
    "garbage",
    "",
    "2026-01-01T00:00:00Z",
  ])("refuses %j", (value) => {
    expect(isCalendarDateInRange(value)).toBe(false);
  });
});
