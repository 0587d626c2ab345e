import { formatDateTime } from "@/lib/dates/format-date";
import { readTimeZone } from "@/lib/settings/read-organisation-time";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailFailing } from "./mail-failing";
import { renderEmail } from "./render-email";

export const mailRecoveredKind = "mail-recovered-notice";

/** The one email admins get when mail goes out again after failing: since when, why, and where to look. */
export async function queueMailRecoveredNotice(
  tx: Prisma.TransactionClient,
  failing: MailFailing,
  now: Date,
  queue: (mail: RecoveredMail) => Promise<{ id: string }>,
) {
  const [admins, timeZone] = await Promise.all([
    tx.user.findMany({ where: { role: "admin", active: true }, select: { email: true } }),
    readTimeZone(),
  ]);
  const { text, html } = renderEmail({
    preheader: "Emails from Tokenbook are going out again.",
    heading: "Emails from Tokenbook are going out again",
    paragraphs: [
      `From ${formatDateTime(new Date(failing.since), timeZone)} until ${formatDateTime(now, timeZone)}, Tokenbook could not send email. The last problem was: ${failing.lastError}`,
      "Reminders that waited are being sent now. Any that gave up are listed as failed in the Outbox, where you can send them again.",
    ],
    button: { label: "Open the Outbox", url: `${env().APP_URL}/outbox` },
  });
  const queued: string[] = [];
  for (const admin of admins)
    queued.push(
      (
        await queue({
          to: admin.email,
          subject: "Emails from Tokenbook are going out again",
          text,
          html,
          kind: mailRecoveredKind,
        })
      ).id,
    );
  return queued;
}

type RecoveredMail = { to: string; subject: string; text: string; html: string; kind: string };
