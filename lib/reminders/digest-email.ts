import { formatDate } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import { renderEmail, type RenderedEmail } from "@/lib/mail/render-email";
import { acknowledgementUrl } from "./acknowledgement-link";
import type { ReminderMailToken } from "./reminder-email";
import { reminderSubject } from "./reminder-words";

export type DigestItem = { kind: ReminderKind; dueOn: Date; token: ReminderMailToken };

/**
 * "daily": the person chose one email a day. "summary": the first reminders of several tokens just handed to them, in
 * one email.
 */
export type DigestReason = "daily" | "summary";

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * Several reminders in one email: the daily email of someone who chose it, or the summary of tokens new to a person.
 */
export function digestEmail(
  recipient: { id: string },
  items: DigestItem[],
  now: Date,
  reason: DigestReason = "daily",
): RenderedEmail & { subject: string } {
  const appUrl = env().APP_URL;
  const count = items.length === 1 ? "1 token needs" : `${items.length} tokens need`;
  const paragraphs = items.map(({ kind, dueOn, token }) => {
    const lines = [`• ${reminderSubject(kind, token, dueOn, now)}`];
    if (token.dependents.length) lines.push(`  Stops working: ${token.dependents.join(", ")}`);
    lines.push(`  Backup: ${token.backup?.name ?? "nobody yet"}`);
    if (kind === "no_backup") {
      lines.push(`  Choose a backup: ${appUrl}/tokens/${token.id}/edit`);
    } else {
      lines.push(
        `  Runbook: ${appUrl}/tokens/${token.id}/runbook`,
        `  I'm on it: ${acknowledgementUrl(token.id, dueOn, recipient.id)}`,
      );
    }
    return lines.join("\n");
  });
  const summary = reason === "summary";
  const subject = summary
    ? `You now look after ${items.length === 1 ? "a token that needs" : `${items.length} tokens that need`} attention in Tokenbook`
    : `Tokenbook daily reminders for ${shortDate.format(now)}: ${count} attention`;
  return {
    subject,
    ...renderEmail({
      preheader: items.map((item) => item.token.name).join(", "),
      heading: summary
        ? `You own or back up ${items.length === 1 ? "a token" : `${items.length} tokens`} new to you that ${items.length === 1 ? "needs" : "need"} attention`
        : `${count} your attention`,
      paragraphs,
      button: summary
        ? { label: "See your tokens", url: `${appUrl}/my-tokens` }
        : { label: "Open Tokenbook", url: `${appUrl}/tokens` },
      footer: summary
        ? `These tokens were handed to you, so their first reminders come together in this one email (as of ${formatDate(now)}); the next ones come one per token, or daily if you choose on your profile: ${appUrl}/profile. Not yours? Tell an admin.`
        : `You chose one daily email instead of one per token (as of ${formatDate(now)}). Change it on your profile: ${appUrl}/profile. Not yours? Tell an admin.`,
    }),
  };
}
