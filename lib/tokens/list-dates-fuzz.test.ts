// Every date a list address can carry, however broken, is either used (1970–2199) or ignored: never a crash.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { calendarMonth, chosenDay } from "@/lib/calendar/calendar-month";
import { listCalendarMonth } from "@/lib/calendar/list-calendar-month";
import { seededRandom } from "@/testing/security/fuzz-values";
import { createPerson } from "@/prisma/factories";
import { parseTokenListQuery } from "./list-query";
import { listTokens } from "./list-tokens";

const fixedDates = [
  "0000-01-01",
  "0001-01-01",
  "1969-12-31",
  "2200-01-01",
  "9999-12-31",
  "10000-01-01",
  "+002026-01-01",
  "-000001-01-01",
  "2026-02-30",
  "2026-00-10",
  "garbage",
  "%00",
  "",
  "2026-01-01T00:00:00Z",
];
const random = seededRandom(15);
const randomDates = Array.from({ length: 40 }, () => {
  const year = String(Math.floor(random() * 12_000)).padStart(4, "0");
  const [month, day] = [Math.floor(random() * 14), Math.floor(random() * 33)].map((n) => String(n).padStart(2, "0"));
  return `${year}-${month}-${day}`;
});

describe("query-string dates", () => {
  it.each([...fixedDates, ...randomDates])("lists tokens and the calendar for %j without a crash", async (date) => {
    const person = await createPerson({ role: "viewer" });
    const actor: Actor = { id: person.id, email: person.email, name: person.name, role: "viewer" };
    const query = parseTokenListQuery({ expiresFrom: date, expiresTo: date });
    for (const value of [query.expiresFrom, query.expiresTo])
      if (value) expect(Number(value.slice(0, 4))).toBeGreaterThanOrEqual(1970);
    await listTokens(actor, query);
    const now = new Date();
    const month = calendarMonth(date.slice(0, 7), now);
    chosenDay(date, month);
    await listCalendarMonth(actor, month, now);
  });
});
