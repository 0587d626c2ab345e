import { db } from "@/lib/db";
import type { PlannerToken } from "./plan-reminders";
import { stepsFor, type ReminderSchedule } from "./reminder-schedule";
import { dayNumber, fromDayNumber } from "@/lib/dates/calendar-day";

type Person = { id: string; active: boolean; reminderDigest: boolean };
export type ReminderCandidate = PlannerToken & { owner: Person; backup: Person | null };

const pageSize = 2000;

/**
 * Active tokens that could be in a reminder window on `reminderDay` (due within the earliest step, overdue,
 * or without a backup), paged by id so the whole inventory is never held in one query.
 */
export async function loadReminderCandidates(
  schedule: ReminderSchedule,
  reminderDay: Date,
): Promise<ReminderCandidate[]> {
  const horizon = fromDayNumber(dayNumber(reminderDay) + stepsFor(schedule, true)[0]);
  const person = { select: { id: true, active: true, reminderDigest: true } } as const;
  const candidates: ReminderCandidate[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await db.token.findMany({
      where: {
        state: "active",
        OR: [{ expiresOn: { lte: horizon } }, { rotationDueOn: { lte: horizon } }, { backupId: null }],
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: pageSize,
      select: {
        id: true,
        state: true,
        criticality: true,
        expiresOn: true,
        rotationDueOn: true,
        backupId: true,
        owner: person,
        backup: person,
        acknowledgements: { select: { dueOn: true } },
        reminders: { where: { kind: "expiry", sentAt: { not: null } }, select: { dueOn: true, sentAt: true } },
      },
    });
    for (const { acknowledgements, reminders, ...token } of page) {
      const expiry = token.expiresOn?.getTime();
      const sent = reminders
        .filter((reminder) => reminder.dueOn.getTime() === expiry)
        .map((reminder) => reminder.sentAt!.getTime());
      candidates.push({
        ...token,
        expiryAcknowledged: acknowledgements.some((ack) => ack.dueOn.getTime() === expiry),
        firstExpiryReminderSentAt: sent.length > 0 ? new Date(Math.min(...sent)) : null,
      });
    }
    if (page.length < pageSize) return candidates;
    after = page[page.length - 1].id;
  }
}
