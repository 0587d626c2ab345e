import { type AuditEntry, recordAudits } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { canHoldTokens, promoteViewersToEditors, viewerHolderMessage } from "./holder-rule";
import type { AssignableRole } from "./schema";

/** One token's new people: `ownerId` when it changes; `backupId` a person, null for "no backup", or absent. */
export type AssignmentChange = { tokenId: string; ownerId?: string; backupId?: string | null };

/** Someone who became owner or backup of a token, for the email after the transaction commits. */
export type NewAssignment = { personId: string; role: AssignableRole; tokenId: string };

const tokenFields = {
  id: true,
  name: true,
  state: true,
  ownerId: true,
  backupId: true,
  owner: { select: { email: true } },
  backup: { select: { email: true } },
} satisfies Prisma.TokenSelect;

type Token = Prisma.TokenGetPayload<{ select: typeof tokenFields }>;
type Person = { id: string; name: string; email: string; active: boolean; role: Role };

function problemOf(token: Token | undefined, change: AssignmentChange, people: Map<string, Person>, promote: boolean) {
  if (!token) return "This token no longer exists.";
  if (token.state === "retired") return `“${token.name}” is retired; it no longer needs an owner or backup.`;
  for (const personId of [change.ownerId, change.backupId]) {
    const person = personId ? people.get(personId) : undefined;
    if (personId && !person) return "Choose a person from the list.";
    if (person && !person.active) return `${person.name} is deactivated; choose someone else.`;
    if (person && !canHoldTokens(person.role) && !promote)
      return viewerHolderMessage(person.name, personId === change.ownerId ? "owner" : "backup", true);
  }
  const ownerId = change.ownerId ?? token.ownerId;
  const backupId = change.backupId === undefined ? token.backupId : change.backupId;
  if (ownerId === backupId) {
    return `${people.get(ownerId)?.name ?? "That person"} can't be both owner and backup of “${token.name}”. Choose someone else for one of them.`;
  }
  return null;
}

/**
 * Checks every change first and changes nothing if any is invalid; then updates each token only if
 * its people are still the ones read (no check-then-act gap), with one audit row per changed role.
 * Tokens that change alike are updated in one statement and the audit rows written in one, so a
 * hand-over of hundreds of tokens stays one short transaction.
 */
export async function applyAssignments(
  tx: Prisma.TransactionClient,
  actor: Actor,
  changes: AssignmentChange[],
  { promote = false } = {},
): Promise<NewAssignment[]> {
  const tokens = new Map(
    (await tx.token.findMany({ where: { id: { in: changes.map((c) => c.tokenId) } }, select: tokenFields })).map(
      (t) => [t.id, t],
    ),
  );
  const personIds = [
    ...new Set(changes.flatMap((c) => [c.ownerId, c.backupId]).filter((id): id is string => Boolean(id))),
  ];
  const people = new Map(
    (
      await tx.user.findMany({
        where: { id: { in: personIds } },
        select: { id: true, name: true, email: true, active: true, role: true },
      })
    ).map((p) => [p.id, p]),
  );
  const fields: Record<string, string> = {};
  for (const change of changes) {
    const problem = problemOf(tokens.get(change.tokenId), change, people, promote && actor.role === "admin");
    if (problem) fields[change.tokenId] = problem;
  }
  const refused = Object.keys(fields).length;
  if (refused > 0) {
    const what = refused === 1 ? "One token can't be assigned" : `${refused} tokens can't be assigned`;
    throw new InvalidInputError(`${what} as chosen, so nothing was changed.`, fields);
  }

  if (promote) await promoteViewersToEditors(tx, actor, personIds);
  const assigned: NewAssignment[] = [];
  const audits: AuditEntry[] = [];
  // Tokens read with the same people and given the same people change in one statement.
  const groups = new Map<
    string,
    {
      where: { ownerId: string; backupId: string | null };
      data: { ownerId?: string; backupId?: string | null };
      tokens: Token[];
    }
  >();
  for (const change of changes) {
    const token = tokens.get(change.tokenId)!;
    const ownerChanges = change.ownerId !== undefined && change.ownerId !== token.ownerId;
    const backupChanges = change.backupId !== undefined && change.backupId !== token.backupId;
    if (!ownerChanges && !backupChanges) continue;
    const data = {
      ...(ownerChanges ? { ownerId: change.ownerId } : {}),
      ...(backupChanges ? { backupId: change.backupId } : {}),
    };
    const key = JSON.stringify([token.ownerId, token.backupId, data]);
    const group = groups.get(key) ?? { where: { ownerId: token.ownerId, backupId: token.backupId }, data, tokens: [] };
    group.tokens.push(token);
    groups.set(key, group);
    const audit = { actor, recordType: "token", recordId: token.id };
    if (ownerChanges) {
      audits.push({
        ...audit,
        action: "token.owner_assigned",
        before: { owner: token.owner.email },
        after: { owner: people.get(change.ownerId!)!.email },
      });
      assigned.push({ personId: change.ownerId!, role: "owner", tokenId: token.id });
    }
    if (backupChanges) {
      const after = change.backupId ? people.get(change.backupId)!.email : null;
      audits.push({
        ...audit,
        action: after ? "token.backup_assigned" : "token.backup_removed",
        before: { backup: token.backup?.email ?? null },
        after: { backup: after },
      });
      if (change.backupId) assigned.push({ personId: change.backupId, role: "backup", tokenId: token.id });
    }
  }
  for (const { where, data, tokens: group } of groups.values()) {
    const updated = await tx.token.updateMany({
      where: { id: { in: group.map((token) => token.id) }, ...where },
      data,
    });
    if (updated.count !== group.length) {
      const changedMeanwhile = group.length === 1 ? `“${group[0].name}”` : "some of these tokens";
      throw new ConflictError(
        `Someone changed ${changedMeanwhile} at the same time, so nothing was changed. Reload and try again.`,
      );
    }
  }
  await recordAudits(tx, audits);
  return assigned;
}
