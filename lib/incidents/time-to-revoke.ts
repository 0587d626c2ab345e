const minuteMs = 60_000;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "42 minutes", "3 hours and 5 minutes", "2 days and 4 hours". */
export function describeDuration(ms: number) {
  const minutes = Math.max(0, Math.round(ms / minuteMs));
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return plural(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 48)
    return minutes % 60 ? `${plural(hours, "hour")} and ${plural(minutes % 60, "minute")}` : plural(hours, "hour");
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${plural(days, "day")} and ${plural(hours % 24, "hour")}` : plural(days, "day");
}

type Incident = { compromisedAt: Date | null; revokedAt: Date | null };

/** "Revoked 42 minutes after it was reported", or null when it was not reported, or not (yet) revoked since. */
export function describeTimeToRevoke({ compromisedAt, revokedAt }: Incident) {
  if (!compromisedAt || !revokedAt || revokedAt < compromisedAt) return null;
  return `Revoked ${describeDuration(revokedAt.getTime() - compromisedAt.getTime())} after it was reported`;
}
