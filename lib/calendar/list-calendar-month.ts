import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { statusSelect, tokenStatus, type TokenStatus } from "@/lib/tokens/token-status";
import type { CalendarMonth } from "./calendar-month";

export type CalendarEvent = {
  kind: "expiry" | "rotation";
  token: { id: string; name: string; service: string; status: TokenStatus; ownerName: string };
};

export const dayKey = (date: Date) => date.toISOString().slice(0, 10);

/** Expiries of tokens in use and rotation due dates of active ones, on the days of a month's grid. */
export async function listCalendarMonth(actor: Actor | null, month: CalendarMonth, now = new Date()) {
  await authorize(actor, "calendar.view", isSignedIn);
  const range = { gte: month.gridStart, lt: month.gridEnd };
  const rows = await db.token.findMany({
    where: {
      OR: [
        { state: { in: ["active", "compromised"] }, expiresOn: range },
        { state: "active", rotationDueOn: range },
      ],
    },
    select: { ...statusSelect, id: true, name: true, service: true, owner: { select: { name: true, active: true } } },
    orderBy: [{ nameKey: "asc" }, { id: "asc" }],
  });
  const clock = await readStatusClock(now);
  const days = new Map<string, CalendarEvent[]>();
  const add = (date: Date, event: CalendarEvent) => days.set(dayKey(date), [...(days.get(dayKey(date)) ?? []), event]);
  for (const row of rows) {
    const token = { id: row.id, name: row.name, service: row.service, status: tokenStatus(row, clock), ownerName: row.owner.name };
    if (row.expiresOn && row.expiresOn >= month.gridStart && row.expiresOn < month.gridEnd) add(row.expiresOn, { kind: "expiry", token });
    if (row.state === "active" && row.rotationDueOn && row.rotationDueOn >= month.gridStart && row.rotationDueOn < month.gridEnd) add(row.rotationDueOn, { kind: "rotation", token });
  }
  for (const events of days.values()) events.sort((a, b) => Number(a.kind === "rotation") - Number(b.kind === "rotation"));
  return days;
}
