import { createEvents, type EventAttributes } from "ics";
import { isNeverEndsDate } from "@/lib/dates/calendar-date";
import { addDays } from "@/lib/dates/calendar-day";
import { env } from "@/lib/env";
import { icsDescriptionText, icsSummaryText } from "@/lib/text/output-text";
import { foldIcsLinesByOctets } from "./fold-ics-lines";

export type FeedToken = {
  id: string;
  name: string;
  service: string;
  purpose: string;
  state: string;
  /** Null when the token does not expire: then only its rotation date, if any, is in the feed. */
  expiresOn: Date | null;
  /** When the company's policy says to replace it; only for active tokens. */
  rotationDueOn: Date | null;
  updatedAt: Date;
  owner: { name: string };
  backup: { name: string } | null;
  dependents: { name: string }[];
};

const dateArray = (date: Date): [number, number, number] => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
];
const nextDay = (date: Date) => addDays(date, 1);
// A far-future date saved before the date rule (9999-12-31) means "never ends": no event, and no DTEND in year 10000.
const isRealDay = (date: Date | null): date is Date =>
  date !== null && !isNeverEndsDate(date.toISOString().slice(0, 10));

const kinds = {
  expiry: { title: "Expires", today: "expires today" },
  rotation: { title: "Rotation due", today: "is due to be replaced today, as the company's policy says" },
} as const;

/** One all-day event: the token's expiry or its rotation date, with what to do and who answers for it. */
function tokenEvent(token: FeedToken, kind: keyof typeof kinds, day: Date): EventAttributes {
  const runbook = `${env().APP_URL}/tokens/${token.id}/runbook`;
  const words = kinds[kind];
  return {
    uid: `token-${token.id}-${kind}@tokenbook`,
    start: dateArray(day),
    end: dateArray(nextDay(day)),
    title: icsSummaryText(`${words.title}: ${token.name} (${token.service})`),
    description: icsDescriptionText(
      [
        `${token.name} (${token.service}) ${words.today}.`,
        `What it is for: ${token.purpose}`,
        token.dependents.length ? `What stops working: ${token.dependents.map((d) => d.name).join(", ")}` : null,
        `Owner: ${token.owner.name}. Backup: ${token.backup?.name ?? "nobody"}.`,
        `How to replace it: ${runbook}`,
      ]
        .filter(Boolean)
        .join("\n"),
    ),
    url: runbook,
    transp: "TRANSPARENT",
    busyStatus: "FREE",
    lastModified: token.updatedAt.getTime(),
  };
}

/**
 * One all-day event per expiry, and one per rotation date of an active token. Each UID stays the
 * same for a token and kind, so a calendar that refreshes the feed moves the event when the date
 * changes instead of adding a second one.
 */
export function buildCalendarFeed(calendarName: string, tokens: FeedToken[]): string {
  const events = tokens.flatMap((token) => [
    ...(isRealDay(token.expiresOn) ? [tokenEvent(token, "expiry", token.expiresOn)] : []),
    ...(token.state === "active" && isRealDay(token.rotationDueOn)
      ? [tokenEvent(token, "rotation", token.rotationDueOn)]
      : []),
  ]);
  const { error, value } = createEvents(events, {
    productId: "-//Tokenbook//Expiry calendar//EN",
    calName: icsSummaryText(calendarName),
  });
  if (error || !value) throw error ?? new Error("The calendar feed could not be written.");
  // The ics package folds at 75 characters, not octets: a line of emoji or accented letters runs far over.
  return foldIcsLinesByOctets(value);
}
