import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { applyAssignments } from "./apply-assignments";
import { sendAssignmentEmails } from "./assignment-email";
import { type BulkAssignInput, bulkAssignSchema } from "./schema";

/**
 * Admins give many tokens the same owner or backup in one step: one transaction, one audit row per
 * token, all or nothing. The person is emailed once, with the whole list, after the change is saved.
 */
export async function assignTokens(actor: Actor | null, input: BulkAssignInput, now = new Date()) {
  const admin = await authorize(actor, "token.assign_people", isAdmin);
  const { role, personId, tokenIds, promote } = parseInput(bulkAssignSchema, input);
  const unique = [...new Set(tokenIds)];
  const changes = unique.map((tokenId) =>
    role === "owner" ? { tokenId, ownerId: personId } : { tokenId, backupId: personId },
  );
  const assigned = await db.$transaction((tx) => applyAssignments(tx, admin, changes, { promote }), {
    timeout: 30_000,
  });
  const person = await db.user.findUniqueOrThrow({ where: { id: personId }, select: { name: true } });
  await sendAssignmentEmails(admin, assigned, now);
  return { person, role, changed: assigned.length, unchanged: unique.length - assigned.length };
}
