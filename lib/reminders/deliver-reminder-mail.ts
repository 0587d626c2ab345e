import { deliverMail } from "@/lib/mail/send-mail";

/** Emails in flight at once per process: a mail server takes a good part of a second per message, mostly waiting. */
const concurrency = 8;

/** Delivers queued reminder emails a few at a time; each send is still claimed on its own row. */
export async function deliverReminderMail(outboxIds: string[], now: Date): Promise<void> {
  let next = 0;
  const sender = async () => {
    while (next < outboxIds.length) await deliverMail(outboxIds[next++], now);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, outboxIds.length) }, sender));
}
