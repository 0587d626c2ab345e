import type { Prisma } from "@/lib/generated/prisma/client";
import { recordUnbuiltMail } from "@/lib/mail/record-unbuilt-mail";
import { queueMail, type OutgoingMail } from "@/lib/mail/send-mail";

type Person = { name: string; email: string; active: boolean };

/**
 * One email to each active person (each address once), written in the caller's transaction. An
 * email that cannot be built is kept failed in the Outbox with its reason; the others stand.
 */
export async function queueAlerts(
  tx: Prisma.TransactionClient,
  people: (Person | null)[],
  build: (recipient: Person) => OutgoingMail,
  unbuilt: { kind: string; about: string },
) {
  const active = people.filter((person): person is Person => Boolean(person?.active));
  const recipients = [...new Map(active.map((person) => [person.email.toLowerCase(), person])).values()];
  const queued = [];
  // One at a time: a transaction is a single connection.
  for (const recipient of recipients) {
    try {
      queued.push(await queueMail(build(recipient), tx));
    } catch (error) {
      await recordUnbuiltMail({ to: recipient.email, ...unbuilt, error }, tx);
    }
  }
  return queued;
}
