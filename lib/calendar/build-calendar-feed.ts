import { createEvents, type EventAttributes } from "ics";
import { isNeverEndsDate } from "@/lib/dates/calendar-date";
import { env } from "@/lib/env";
import { icsDescriptionText, icsSummaryText } from "@/lib/text/output-text";

export type FeedToken = {
  id: string;
  name: string;
  service: string;
  purpose: string;
  expiresOn: Date;
  updatedAt: Date;
  owner: { name: string };
  backup: { name: string } | null;
  dependents: { name: string }[];
};

const dateArray = (date: Date): [number, number, number] => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
const nextDay = (date: Date) => new Date(date.getTime() + 86_400_000);

/**
 * One all-day event per expiry. The UID stays the same for a token, so a calendar that refreshes
 * the feed moves the event when the date changes instead of adding a second one.
 */
export function buildCalendarFeed(calendarName: string, tokens: FeedToken[]): string {
  const appUrl = env().APP_URL;
  // A far-future date saved before the date rule (9999-12-31) means "never ends": no event, and no DTEND in year 10000.
  const events: EventAttributes[] = tokens.filter((token) => !isNeverEndsDate(token.expiresOn.toISOString().slice(0, 10))).map((token) => {
    const runbook = `${appUrl}/tokens/${token.id}/runbook`;
    return {
      uid: `token-${token.id}-expiry@tokenbook`,
      start: dateArray(token.expiresOn),
      end: dateArray(nextDay(token.expiresOn)),
      title: icsSummaryText(`Expires: ${token.name} (${token.service})`),
      description: icsDescriptionText([
        `${token.name} (${token.service}) expires today.`,
        `What it is for: ${token.purpose}`,
        token.dependents.length ? `What stops working: ${token.dependents.map((d) => d.name).join(", ")}` : null,
        `Owner: ${token.owner.name}. Backup: ${token.backup?.name ?? "nobody"}.`,
        `How to replace it: ${runbook}`,
      ]
        .filter(Boolean)
        .join("\n")),
      url: runbook,
      transp: "TRANSPARENT",
      busyStatus: "FREE",
      lastModified: token.updatedAt.getTime(),
    };
  });
  const { error, value } = createEvents(events, { productId: "-//Tokenbook//Expiry calendar//EN", calName: icsSummaryText(calendarName) });
  if (error || !value) throw error ?? new Error("The calendar feed could not be written.");
  return value;
}
