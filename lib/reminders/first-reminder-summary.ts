import { db } from "@/lib/db";
import type { ReminderClaim } from "./claim-reminders";

/** From how many tokens new to one person in one sweep their first reminders come as one summary. */
export const summaryFrom = 2;

/**
 * A person handed several tokens at once (an import, a hand-over) would get one email per token in
 * the same minute. Each claim for a person about to get their first reminder for two or more tokens
 * — a token is new to them when they were never reminded of it — waits instead, like a digest
 * reader's, and goes out in one summary right after the sweep claimed it (see sweepReminders).
 * Escalations are never held: they exist because time is short. Returns the claims, marked, and the
 * people whose summary to send.
 */
export async function holdFirstRemindersForSummary(
  claims: ReminderClaim[],
): Promise<{ claims: ReminderClaim[]; summaryReaders: Set<string> }> {
  const held = (claim: ReminderClaim) => !claim.digest && claim.kind !== "escalation";
  const pairs = [...new Set(claims.filter(held).map((claim) => `${claim.tokenId}|${claim.recipientId}`))];
  if (pairs.length < summaryFrom) return { claims, summaryReaders: new Set() };
  const split = pairs.map((pair) => pair.split("|"));
  const known = await db.$queryRaw<{ token_id: string; recipient_id: string }[]>`
    SELECT DISTINCT r.token_id, r.recipient_id
    FROM reminder_deliveries r
    JOIN unnest(${split.map(([tokenId]) => tokenId)}::text[], ${split.map(([, recipientId]) => recipientId)}::text[]) AS pair(token_id, recipient_id)
      ON r.token_id = pair.token_id AND r.recipient_id = pair.recipient_id`;
  const knownPairs = new Set(known.map((row) => `${row.token_id}|${row.recipient_id}`));
  const newTokens = new Map<string, number>();
  for (const [tokenId, recipientId] of split) {
    if (!knownPairs.has(`${tokenId}|${recipientId}`)) newTokens.set(recipientId, (newTokens.get(recipientId) ?? 0) + 1);
  }
  const summaryReaders = new Set(
    [...newTokens].filter(([, count]) => count >= summaryFrom).map(([recipientId]) => recipientId),
  );
  if (summaryReaders.size === 0) return { claims, summaryReaders };
  return {
    claims: claims.map((claim) =>
      held(claim) && summaryReaders.has(claim.recipientId) ? { ...claim, digest: true } : claim,
    ),
    summaryReaders,
  };
}
