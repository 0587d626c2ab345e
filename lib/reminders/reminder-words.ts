import type { ReminderKind } from "@/lib/generated/prisma/enums";
import { mailHeaderText } from "@/lib/text/output-text";
import { dayNumber } from "@/lib/dates/calendar-day";

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "in 7 days", "tomorrow", "today", "3 days ago" — counted in calendar days. */
export function whenWords(dueOn: Date, now: Date): string {
  const days = dayNumber(dueOn) - dayNumber(now);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** The token as a crowded inbox should show it: its name, with the service when the name does not say it. */
export function tokenLabel(token: { name: string; service: string }): string {
  return token.name.toLowerCase().includes(token.service.toLowerCase())
    ? token.name
    : `${token.name} (${token.service})`;
}

/** "HubSpot reporting key expires in 7 days (12 Dec)" */
export function reminderSubject(
  kind: ReminderKind,
  token: { name: string; service: string },
  dueOn: Date,
  now: Date,
): string {
  // Capped so the date part always fits in the subject, however long the name.
  const label = mailHeaderText(tokenLabel(token), 150);
  const when = `${whenWords(dueOn, now)} (${shortDate.format(dueOn)})`;
  const past = dayNumber(dueOn) < dayNumber(now);
  switch (kind) {
    case "expiry":
      return past ? `${label} expired ${when}` : `${label} expires ${when}`;
    case "rotation":
      return past ? `${label} was due for rotation ${when}` : `${label} is due for rotation ${when}`;
    case "escalation":
      return past ? `Nobody is on ${label} yet — it expired ${when}` : `Nobody is on ${label} yet — it expires ${when}`;
    case "no_backup":
      return `${label} has no backup person`;
  }
}

/** How a schedule step reads on the token page: "7 days before", "on the day", "4 days overdue", "week 2026-W50". */
export function stepWords(kind: ReminderKind, step: string): string {
  if (kind === "no_backup") return `weekly nudge, ${step.replace("-W", " week ")}`;
  const [side, count] = step.split("-");
  const words =
    count === "0"
      ? "on the day"
      : side === "before"
        ? `${count} day${count === "1" ? "" : "s"} before`
        : `${count} days overdue`;
  return kind === "escalation" ? `admins told, ${words}` : words;
}

export const kindWords: Record<ReminderKind, string> = {
  expiry: "Expiry",
  rotation: "Rotation due",
  no_backup: "No backup",
  escalation: "Nobody on it",
};
