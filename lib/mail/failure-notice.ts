import { env } from "@/lib/env";
import type { OutboxMessage, Prisma } from "@/lib/generated/prisma/client";
import { renderEmail } from "./render-email";

export const failureNoticeKind = "mail-failure-notice";

// Any constant works; it only has to be the same in every instance.
const noticeLockKey = 7270736902;

/**
 * Tells every active admin, once, that an email was given up on. Runs in the transaction that marks
 * it failed, so the notice exists exactly when the failure does. While an earlier notice is still
 * waiting to go out, or went out within the hour, no new one is queued: a mail server that is down
 * fails many emails at once, and one notice pointing to the Outbox is enough.
 */
export async function queueFailureNotice(
  tx: Prisma.TransactionClient,
  failed: OutboxMessage,
  reason: string,
  queue: (mail: NoticeMail) => Promise<unknown>,
) {
  if (failed.kind === failureNoticeKind) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${noticeLockKey})`;
  const [{ recent }] = await tx.$queryRaw<{ recent: number }[]>`
    SELECT count(*)::int AS recent FROM outbox_messages
    WHERE kind = ${failureNoticeKind} AND (status IN ('queued', 'sending') OR created_at > (now() AT TIME ZONE 'UTC') - interval '1 hour')`;
  if (recent > 0) return;
  const admins = await tx.user.findMany({ where: { role: "admin", active: true }, select: { email: true } });
  const outbox = `${env().APP_URL}/outbox?status=failed`;
  const { text, html } = renderEmail({
    preheader: `To ${failed.to}: ${failed.subject}`,
    heading: "An email from Tokenbook could not be sent",
    paragraphs: [
      `Tokenbook tried ${failed.attempts} times to send “${failed.subject}” to ${failed.to}, and has stopped trying.`,
      `What went wrong: ${reason}`,
      "Check the mail settings (SMTP_URL) and the Outbox. Other emails that fail in the next hour are listed there, not announced one by one.",
    ],
    button: { label: "Open the failed emails", url: outbox },
  });
  for (const admin of admins)
    await queue({
      to: admin.email,
      subject: "An email from Tokenbook could not be sent",
      text,
      html,
      kind: failureNoticeKind,
    });
}

type NoticeMail = { to: string; subject: string; text: string; html: string; kind: string };
