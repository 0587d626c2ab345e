import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { sendAssignmentEmails } from "@/lib/ownership/assignment-email";

type ImportedToken = { id: string; ownerId: string; backupId: string | null };

/**
 * People this importer invited from the preview who have not signed in yet: their invitation is
 * their one email, and their tokens wait on My tokens. Checked on the server, not taken from the browser.
 */
async function invitedFromPreview(me: Actor, invited: string[]) {
  if (invited.length === 0) return new Set<string>();
  const pending = await db.user.findMany({
    where: { email: { in: invited }, emailVerified: null, sessions: { none: {} } },
    select: { id: true },
  });
  const invitedByMe = await db.auditEvent.findMany({
    where: {
      action: "person.invited",
      actorId: me.id,
      recordType: "person",
      recordId: { in: pending.map((person) => person.id) },
    },
    select: { recordId: true },
  });
  return new Set(invitedByMe.map((event) => event.recordId));
}

/**
 * After the import is saved: each owner and backup gets one email listing all their new tokens
 * (through the outbox), never one per token. The importer is not told. Returns how many were emailed.
 */
export async function tellImportedHolders(me: Actor, tokens: ImportedToken[], invited: string[]) {
  const alreadyEmailed = await invitedFromPreview(me, invited);
  const assignments = tokens.flatMap((token) => [
    { personId: token.ownerId, role: "owner" as const, tokenId: token.id },
    ...(token.backupId ? [{ personId: token.backupId, role: "backup" as const, tokenId: token.id }] : []),
  ]);
  const results = await sendAssignmentEmails(
    me,
    assignments.filter((assignment) => !alreadyEmailed.has(assignment.personId)),
  );
  return results.length;
}
