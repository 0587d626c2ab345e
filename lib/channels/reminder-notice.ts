import { formatDate } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import { acknowledgementUrl } from "@/lib/reminders/acknowledgement-link";
import type { ReminderMailToken } from "@/lib/reminders/reminder-email";
import { reminderSubject, whenWords } from "@/lib/reminders/reminder-words";
import type { ChannelNotice } from "./channel-notice";

/**
 * A reminder or escalation as a team channel reads it: the same words as the email, the runbook
 * button, and the owner's and backup's "I'm on it" links (the same confirming page as the email's).
 */
export function reminderNotice(
  kind: Exclude<ReminderKind, "no_backup">,
  dueOn: Date,
  token: ReminderMailToken,
  today: Date,
): ChannelNotice {
  const when = whenWords(dueOn, today);
  const shown = formatDate(dueOn);
  const stops = token.dependents.length
    ? `If it runs out, these stop working: ${token.dependents.join(", ")}.`
    : "Nobody has listed what stops working when it runs out.";
  const holders = `${token.owner.name} owns it${token.backup ? `; ${token.backup.name} is the backup` : "; it has no backup"}.`;
  const lines =
    kind === "escalation"
      ? [
          `Nobody has pressed “I'm on it” for ${token.name} (${token.service}), which expires on ${shown} — ${when}.`,
          holders,
          stops,
        ]
      : kind === "rotation"
        ? [
            `${token.name} unlocks ${token.service}. Its rotation policy says to replace it on ${shown} — ${when}.`,
            stops,
            holders,
          ]
        : [`${token.name} unlocks ${token.service}. It expires on ${shown} — ${when}.`, stops, holders];
  const appUrl = env().APP_URL;
  const people = [token.owner, token.backup].filter((person): person is NonNullable<typeof person> => Boolean(person));
  return {
    event: `reminder.${kind}`,
    title: reminderSubject(kind, token, dueOn, today),
    lines,
    token: { id: token.id, name: token.name, service: token.service },
    due: { on: dueOn.toISOString().slice(0, 10), shown, when },
    stopsWorking: token.dependents,
    owner: token.owner.name,
    backup: token.backup?.name ?? null,
    links: [
      { label: "Open the runbook", url: `${appUrl}/tokens/${token.id}/runbook` },
      ...people.map((person) => ({
        label: `I'm on it (${person.name})`,
        url: acknowledgementUrl(token.id, dueOn, person.id),
      })),
    ],
  };
}
