import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/dates/calendar-day";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { statusSelect, tokenStatus, type TokenStatus } from "@/lib/tokens/token-status";
import { type CalendarMonth, dayKey } from "./calendar-month";

export type CalendarEvent = {
  kind: "expiry" | "rotation";
  token: { id: string; name: string; service: string; status: TokenStatus; ownerName: string };
};

/** A day's first dates (expiries before rotations, then by name) and how many it has in all. */
export type CalendarDay = { events: CalendarEvent[]; total: number };

/** The most dates a page shows for one day of the month; the day on its own shows them all. */
export const shownPerDayAtMost = 8;
/** No limit, as a number PostgreSQL takes as an integer. */
const everyDate = 2_000_000_000;

type Placed = { kind: CalendarEvent["kind"]; day: string; id: string; total: number };

/**
 * Per day in [from, to): expiries of tokens in use and rotation due dates of active ones, ranked and
 * counted in the database, so a busy month sends the page its first few dates a day, never every token.
 */
function placeEvents(from: Date, to: Date, perDay: number) {
  return db.$queryRaw<Placed[]>(Prisma.sql`
    WITH events AS (
      SELECT 'expiry' AS kind, expires_on AS day, id, name_key FROM tokens
      WHERE state IN ('active', 'compromised') AND expires_on >= ${from} AND expires_on < ${to}
      UNION ALL
      SELECT 'rotation', rotation_due_on, id, name_key FROM tokens
      WHERE state = 'active' AND rotation_due_on >= ${from} AND rotation_due_on < ${to}
    ), ranked AS (
      SELECT kind, day, id, count(*) OVER (PARTITION BY day)::int AS total,
        row_number() OVER (PARTITION BY day ORDER BY kind = 'rotation', name_key, id) AS place
      FROM events
    )
    SELECT kind, to_char(day, 'YYYY-MM-DD') AS day, id, total FROM ranked WHERE place <= ${perDay} ORDER BY day, place`);
}

async function calendarDays(from: Date, to: Date, perDay: number, now: Date) {
  const placed = await placeEvents(from, to, perDay);
  const [rows, clock] = await Promise.all([
    placed.length === 0
      ? []
      : db.token.findMany({
          where: { id: { in: [...new Set(placed.map((event) => event.id))] } },
          select: {
            ...statusSelect,
            id: true,
            name: true,
            service: true,
            owner: { select: { name: true, active: true } },
          },
        }),
    readStatusClock(now),
  ]);
  const tokens = new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, name: row.name, service: row.service, status: tokenStatus(row, clock), ownerName: row.owner.name },
    ]),
  );
  const days = new Map<string, CalendarDay>();
  for (const { kind, day, id, total } of placed) {
    const token = tokens.get(id);
    if (!token) continue; // changed between the two statements: left out until the next load
    const entry = days.get(day) ?? { events: [], total };
    entry.events.push({ kind, token });
    days.set(day, entry);
  }
  return days;
}

/** The days of a month's grid that have dates on them: each day's first few, and its count. */
export async function listCalendarMonth(actor: Actor | null, month: CalendarMonth, now = new Date()) {
  await authorize(actor, "calendar.view", isSignedIn);
  return calendarDays(month.gridStart, month.gridEnd, shownPerDayAtMost, now);
}

/** Every date on one day, for the day chosen on the calendar. */
export async function listCalendarDay(actor: Actor | null, day: Date, now = new Date()): Promise<CalendarDay> {
  await authorize(actor, "calendar.view", isSignedIn);
  return (await calendarDays(day, addDays(day, 1), everyDate, now)).get(dayKey(day)) ?? { events: [], total: 0 };
}
