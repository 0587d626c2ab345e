import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { calendarMonth } from "./calendar-month";
import { listCalendarDay, listCalendarMonth, shownPerDayAtMost } from "./list-calendar-month";

// A busy day far enough ahead that nothing else lies on it: more expiries than a month shows, a
// rotation due the same day, and tokens no longer in use that never show.
const busyDay = daysFromNow(400);
const quietDay = daysFromNow(700);
const busyNames = Array.from(
  { length: shownPerDayAtMost + 2 },
  (_, i) => `Calendar busy ${String(i + 1).padStart(2, "0")}`,
);
let viewer: Actor;

beforeAll(async () => {
  const person = await createPerson({ role: "viewer" });
  viewer = { id: person.id, email: person.email, name: person.name, role: "viewer" };
  for (const name of busyNames) await createTokenRecord({ name, expiresOn: busyDay });
  // First by name, but a rotation comes after the day's expiries.
  await createTokenRecord({
    name: "Aaa calendar rotation",
    expiresOn: null,
    issuedOn: daysFromNow(370),
    rotateEveryDays: 30,
  });
  await createTokenRecord({ name: "Aaa calendar revoked", expiresOn: busyDay, state: "revoked" });
  await createTokenRecord({ name: "Aaa calendar retired", expiresOn: busyDay, state: "retired" });
  await createTokenRecord({ name: "Calendar compromised", expiresOn: quietDay, state: "compromised" });
});

describe("the calendar's days", () => {
  it("sends a month its first dates a day, expiries before rotations, with the day's count of every date", async () => {
    const days = await listCalendarMonth(viewer, calendarMonth(isoDay(busyDay).slice(0, 7), new Date()));
    const busy = days.get(isoDay(busyDay))!;
    expect(busy.total).toBe(busyNames.length + 1);
    expect(busy.events.map((event) => [event.kind, event.token.name])).toEqual(
      busyNames.slice(0, shownPerDayAtMost).map((name) => ["expiry", name]),
    );
    expect(busy.events[0].token).toMatchObject({ service: "HubSpot", status: "no_backup" });
  });

  it("gives the chosen day every date on it, and leaves out tokens no longer in use", async () => {
    const busy = await listCalendarDay(viewer, busyDay);
    expect(busy.total).toBe(busyNames.length + 1);
    expect(busy.events.map((event) => `${event.kind} ${event.token.name}`)).toEqual([
      ...busyNames.map((name) => `expiry ${name}`),
      "rotation Aaa calendar rotation",
    ]);
    const quiet = await listCalendarDay(viewer, quietDay);
    expect(quiet.events.map((event) => [event.token.name, event.token.status])).toEqual([
      ["Calendar compromised", "compromised"],
    ]);
    expect(await listCalendarDay(viewer, daysFromNow(401))).toEqual({ events: [], total: 0 });
  });

  it("refuses a stranger", async () => {
    await expect(listCalendarDay(null, busyDay)).rejects.toThrow();
  });
});
