import { formatDate } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import { renderEmail, type RenderedEmail } from "@/lib/mail/render-email";
import { acknowledgementUrl } from "./acknowledgement-link";
import type { ReminderMailToken } from "./reminder-email";
import { reminderSubject } from "./reminder-words";

export type DigestItem = { kind: ReminderKind; dueOn: Date; token: ReminderMailToken };

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** The daily email of someone who chose one email instead of one per token. */
export function digestEmail(recipient: { id: string }, items: DigestItem[], now: Date): RenderedEmail & { subject: string } {
  const appUrl = env().APP_URL;
  const count = items.length === 1 ? "1 token needs" : `${items.length} tokens need`;
  const paragraphs = items.map(({ kind, dueOn, token }) => {
    const lines = [`• ${reminderSubject(kind, token, dueOn, now)}`];
    if (token.dependents.length) lines.push(`  Stops working: ${token.dependents.join(", ")}`);
    lines.push(`  Backup: ${token.backup?.name ?? "nobody yet"}`);
    if (kind === "no_backup") {
      lines.push(`  Choose a backup: ${appUrl}/tokens/${token.id}/edit`);
    } else {
      lines.push(`  Runbook: ${appUrl}/tokens/${token.id}/runbook`, `  I'm on it: ${acknowledgementUrl(token.id, dueOn, recipient.id)}`);
    }
    return lines.join("\n");
  });
  const subject = `Tokenbook daily reminders for ${shortDate.format(now)}: ${count} attention`;
  return {
    subject,
    ...renderEmail({
      preheader: items.map((item) => item.token.name).join(", "),
      heading: `${count} your attention`,
      paragraphs,
      button: { label: "Open Tokenbook", url: `${appUrl}/tokens` },
      footer: `You chose one daily email instead of one per token (as of ${formatDate(now)}). Change it on your profile: ${appUrl}/profile. Not yours? Tell an admin.`,
    }),
  };
}
