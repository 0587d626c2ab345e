import { formatDate, relativeDays } from "@/lib/dates/format-date";
import type { TimelineToken } from "@/lib/timeline/build-lanes";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";

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

// Pale fills with dark text; the sign inside the marker carries the status, the colour only helps.
export const markerTones: Record<TimelineToken["status"], string> = {
  expired: "border-red-700 bg-red-100 text-red-950",
  expiring_soon: "border-amber-700 bg-amber-100 text-amber-950",
  compromised: "border-red-900 bg-red-200 text-red-950",
  rotation_overdue: "border-orange-700 bg-orange-100 text-orange-950",
  holder_left: "border-rose-700 bg-rose-100 text-rose-950",
  no_backup: "border-violet-700 bg-violet-100 text-violet-950",
  no_expiry: "border-sky-700 bg-sky-100 text-sky-950",
  healthy: "border-emerald-700 bg-emerald-100 text-emerald-950",
  revoked: "border-slate-600 bg-slate-100 text-slate-900",
  retired: "border-slate-600 bg-slate-100 text-slate-900",
};
