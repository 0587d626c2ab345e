import { describe, expect, it } from "vitest";
import { calendarDateIn, isTimeZone, latestLocalHour, reminderDateIn } from "./zoned-day";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const instant = (iso: string) => new Date(iso);

describe("days in the organisation's time zone", () => {
  it("is still 11 Dec in California at 16:00, when it is already 12 Dec in UTC", () => {
    expect(calendarDateIn(instant("2026-12-12T00:00:00Z"), "America/Los_Angeles")).toEqual(day("2026-12-11"));
    expect(calendarDateIn(instant("2026-12-12T08:00:00Z"), "America/Los_Angeles")).toEqual(day("2026-12-12"));
  });

  it("is already 12 Dec in Auckland at 09:00, while UTC is on 11 Dec", () => {
    expect(calendarDateIn(instant("2026-12-11T20:00:00Z"), "Pacific/Auckland")).toEqual(day("2026-12-12"));
    expect(calendarDateIn(instant("2026-12-11T10:59:00Z"), "Pacific/Auckland")).toEqual(day("2026-12-11"));
  });

  it("starts the reminder day at the local reminder hour", () => {
    expect(reminderDateIn(instant("2026-12-12T16:59:00Z"), "America/Los_Angeles", 9)).toEqual(day("2026-12-11"));
    expect(reminderDateIn(instant("2026-12-12T17:00:00Z"), "America/Los_Angeles", 9)).toEqual(day("2026-12-12"));
    expect(reminderDateIn(instant("2026-12-11T19:59:00Z"), "Pacific/Auckland", 9)).toEqual(day("2026-12-11"));
    expect(reminderDateIn(instant("2026-12-11T20:00:00Z"), "Pacific/Auckland", 9)).toEqual(day("2026-12-12"));
  });

  it("keeps the local hour across a change of clocks", () => {
    // Los Angeles leaves summer time on 1 Nov 2026: 09:00 is 16:00 UTC before, 17:00 UTC after.
    expect(latestLocalHour(instant("2026-10-31T20:00:00Z"), "America/Los_Angeles", 9)).toEqual(
      instant("2026-10-31T16:00:00Z"),
    );
    expect(latestLocalHour(instant("2026-11-02T20:00:00Z"), "America/Los_Angeles", 9)).toEqual(
      instant("2026-11-02T17:00:00Z"),
    );
    expect(latestLocalHour(instant("2026-11-02T16:30:00Z"), "America/Los_Angeles", 9)).toEqual(
      instant("2026-11-01T17:00:00Z"),
    );
    // Auckland starts summer time at 02:00 on 27 Sep 2026: 09:00 is 21:00 UTC the day before until then, 20:00 UTC from
    // that day.
    expect(latestLocalHour(instant("2026-09-25T22:00:00Z"), "Pacific/Auckland", 9)).toEqual(
      instant("2026-09-25T21:00:00Z"),
    );
    expect(latestLocalHour(instant("2026-09-26T22:00:00Z"), "Pacific/Auckland", 9)).toEqual(
      instant("2026-09-26T20:00:00Z"),
    );
    // The day of the change itself has 23 hours, and its date is still one day.
    expect(calendarDateIn(instant("2026-11-01T07:30:00Z"), "America/Los_Angeles")).toEqual(day("2026-11-01"));
    expect(calendarDateIn(instant("2026-11-02T07:59:00Z"), "America/Los_Angeles")).toEqual(day("2026-11-01"));
  });

  it("knows IANA zone names and refuses anything else", () => {
    for (const zone of ["UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+5"])
      expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ["", "Mars/Olympus", "Europe/Berlin\n", "../etc/passwd", "x".repeat(200)])
      expect(isTimeZone(zone), zone).toBe(false);
  });
});
