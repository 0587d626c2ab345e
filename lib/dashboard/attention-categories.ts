import type { TokenListQuery } from "@/lib/tokens/list-query";
import { addDays, isoDay as isoDate } from "@/lib/dates/calendar-day";
import type { StatusClock } from "@/lib/tokens/token-status";

export const attentionKeys = [
  "expired",
  "expiringWithin7Days",
  "compromised",
  "noBackup",
  "personLeft",
  "runbookMissing",
  "runbookUntested",
] as const;
export type AttentionKey = (typeof attentionKeys)[number];

/**
 * What the home page counts, each as a token-list query: the count and the list it links to use the
 * very same filter, so the two can never disagree.
 */
export function attentionQuery(key: AttentionKey, clock: StatusClock): TokenListQuery {
  switch (key) {
    case "expired":
      return { status: "expired" };
    case "expiringWithin7Days":
      return { status: "expiring_soon", expiresTo: isoDate(addDays(clock.today, 7)) };
    case "compromised":
      return { status: "compromised" };
    case "noBackup":
      return { backup: "none" };
    case "personLeft":
      return { ownerState: "deactivated" };
    case "runbookMissing":
      return { runbook: "missing" };
    case "runbookUntested":
      return { runbook: "untested" };
  }
}
