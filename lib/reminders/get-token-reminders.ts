import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { reminderDateIn } from "@/lib/dates/zoned-day";
import { readOrganisationTime } from "@/lib/settings/read-organisation-time";
import { mayEditToken } from "@/lib/tokens/token-access";
import { nextReminder, reminderKey } from "./next-reminder";
import { readReminderSchedule } from "./read-reminder-schedule";
import { kindWords, stepWords } from "./reminder-words";

/** The token page's Reminders panel: who is on it, the next reminder, and every one sent so far. */
export async function getTokenReminders(actor: Actor | null, tokenId: string, now: Date) {
  const me = await authorize(actor, "token.view", isSignedIn, { type: "token", id: tokenId });
  const [token, deliveries, schedule, editable, time] = await Promise.all([
    db.token.findUnique({
      where: { id: tokenId },
      select: {
        id: true,
        state: true,
        criticality: true,
        expiresOn: true,
        rotationDueOn: true,
        backupId: true,
        acknowledgements: {
          select: { dueOn: true, at: true, person: { select: { id: true, name: true } } },
          orderBy: { at: "asc" },
        },
      },
    }),
    db.reminderDelivery.findMany({
      where: { tokenId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: {
        id: true,
        kind: true,
        dueOn: true,
        step: true,
        status: true,
        outboxMessageId: true,
        createdAt: true,
        sentAt: true,
        recipient: { select: { name: true } },
      },
    }),
    readReminderSchedule(),
    mayEditToken(me, tokenId),
    readOrganisationTime(),
  ]);
  if (!token) return null;
  const currentDue = token.state === "active" ? (token.expiresOn ?? token.rotationDueOn) : null;
  const onIt = currentDue ? token.acknowledgements.filter((ack) => ack.dueOn.getTime() === currentDue.getTime()) : [];
  const expiryAcknowledged = token.acknowledgements.some((ack) => ack.dueOn.getTime() === token.expiresOn?.getTime());
  const claimed = new Set(deliveries.map(reminderKey));
  const firstSent =
    deliveries.filter((d) => d.kind === "expiry" && d.sentAt && d.dueOn.getTime() === token.expiresOn?.getTime()).at(-1)
      ?.sentAt ?? null;
  const next = nextReminder(
    { ...token, expiryAcknowledged, firstExpiryReminderSentAt: firstSent },
    schedule,
    now,
    reminderDateIn(now, time.timeZone, time.reminderHour),
    claimed,
  );
  const outboxIds = deliveries.flatMap((delivery) => (delivery.outboxMessageId ? [delivery.outboxMessageId] : []));
  const outbox =
    outboxIds.length === 0
      ? []
      : await db.outboxMessage.findMany({ where: { id: { in: outboxIds } }, select: { id: true, status: true } });
  const outboxStatus = new Map(outbox.map((message) => [message.id, message.status]));
  return {
    currentDue,
    onIt: onIt.map((ack) => ({ name: ack.person.name, at: ack.at })),
    canAcknowledge: Boolean(currentDue) && editable && !onIt.some((ack) => ack.person.id === me.id),
    next: next && {
      on: next.on,
      dueNow: next.on === now,
      label: `${kindWords[next.reminder.kind]}: ${stepWords(next.reminder.kind, next.reminder.step)}`,
    },
    sent: deliveries.map(({ outboxMessageId, recipient, ...delivery }) => ({
      ...delivery,
      label: `${kindWords[delivery.kind]}: ${stepWords(delivery.kind, delivery.step)}`,
      recipientName: recipient.name,
      emailStatus: outboxMessageId ? (outboxStatus.get(outboxMessageId) ?? null) : null,
    })),
  };
}

export type TokenReminders = NonNullable<Awaited<ReturnType<typeof getTokenReminders>>>;
