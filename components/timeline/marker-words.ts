import { formatDate, relativeDays } from "@/lib/dates/format-date";
import type { TimelineToken } from "@/lib/timeline/build-lanes";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import styles from "./timeline.module.css";

/** Everything a marker says, as lines: shown in its tooltip and read out as its name. */
export function markerLines(token: TimelineToken, now: Date) {
  const status = tokenStatusWords[token.status];
  return [
    `${token.name} (${token.service})`,
    `${token.status === "expired" ? "Expired" : "Expires"} ${formatDate(token.expiresOn)}, ${relativeDays(token.expiresOn, now)}`,
    `Status: ${status.label}`,
    `Owner: ${token.owner.name}${token.owner.active ? "" : " (deactivated)"}`,
  ];
}

/** A status's tone (border, fill, text) as one short class of the chart's style sheet. */
export const markerTone = (status: TimelineToken["status"]) => styles[status];
