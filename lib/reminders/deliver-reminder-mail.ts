import { deliverMail } from "@/lib/mail/send-mail";

/** Emails in flight at once per process: a mail server takes a good part of a second per message, mostly waiting. */
const concurrency = 8;

/** Delivers queued reminder emails a few at a time; each send is still claimed on its own row. */
export async function deliverReminderMail(outboxIds: string[], now: Date): Promise<void> {
  let next = 0;
  const sender = async () => {
    while (next < outboxIds.length) {
      const id = outboxIds[next++];
      // A message that throws stays queued for the retry job; it never stops the others.
      await deliverMail(id, now).catch((error: unknown) =>
        console.error(`Delivering email ${id} failed; the retry job will try again:`, error),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, outboxIds.length) }, sender));
}
