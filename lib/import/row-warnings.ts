import { formatDateWithDistance, relativeDays } from "@/lib/dates/format-date";
import { noBackup, type TokenInput } from "@/lib/tokens/schema";
import type { RowWarning } from "./schema";

const dayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The expiry as read from the row, in the words the preview shows: “31 Dec 2026 (in 32 days)”. */
export function expiryInWords(input: TokenInput, now: Date) {
  if (input.doesNotExpire) return "Does not expire";
  return input.expiresOn ? formatDateWithDistance(dayOf(input.expiresOn), now) : "";
}

/** What a good row will need once imported, said beside it so nothing arrives unnoticed. */
export function rowWarnings(input: TokenInput, now: Date, { ownerIsBackup = false } = {}): RowWarning[] {
  const warnings: RowWarning[] = [];
  if (ownerIsBackup)
    warnings.push({
      kind: "ownerIsBackup",
      text: "The owner is also written as the backup: it is imported without a backup, so choose someone else to cover later.",
    });
  if (input.expiresOn && dayOf(input.expiresOn) < dayOf(now.toISOString().slice(0, 10))) {
    warnings.push({
      kind: "expired",
      text: `Already expired (${relativeDays(dayOf(input.expiresOn), now)}): it will be listed as expired at once.`,
    });
  }
  if (input.doesNotExpire)
    warnings.push({ kind: "doesNotExpire", text: "Does not expire: Tokenbook lists it as a risk to review." });
  if (input.backupId === noBackup && !ownerIsBackup)
    warnings.push({ kind: "noBackup", text: "No backup: nobody covers for the owner." });
  return warnings;
}
