import { recordAudit } from "@/lib/audit/record-audit";
import { refuseOutOfDateSave } from "@/lib/audit/refuse-out-of-date-save";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendAssignmentEmails } from "@/lib/ownership/assignment-email";
import { canHoldTokens, promoteViewersToEditors, viewerHolderMessage } from "@/lib/ownership/holder-rule";
import type { SecretFinder } from "@/lib/secrets/find-secret";
import { parseInput } from "@/lib/validation/parse-input";
import { refuseSecrets } from "./check-for-secrets";
import { freeTextFields, type ParsedTokenInput, type TokenInput, tokenInputSchema } from "./schema";
import { canEditTokens, findEditableToken } from "./token-access";
import { tokenSnapshot, tokenWithRelations } from "./token-snapshot";

const asDate = (day: string | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

const asText = (value: unknown) => (typeof value === "string" ? value : undefined);

/**
 * The full server-side secret check of every free-text value first (it outranks other problems), then the shared
 * schema.
 */
export async function validateTokenInput(input: TokenInput, find?: SecretFinder) {
  await refuseSecrets(
    [
      ...freeTextFields.map(([field, label]) => ({ field, label, value: asText(input?.[field]) })),
      ...(Array.isArray(input?.dependents) ? input.dependents : []).map((value, index) => ({
        field: `dependents.${index}`,
        label: "What stops working",
        value: asText(value),
      })),
      ...(Array.isArray(input?.tags) ? input.tags : []).map((value, index) => ({
        field: `tags.${index}`,
        label: "Tags",
        value: asText(value),
      })),
    ],
    find,
  );
  return parseInput(tokenInputSchema, input);
}

type Holder = { id: string; active: boolean; name: string; email: string; role: Actor["role"] };

/** The people and teams a set of tokens names, read once (one query each, however many tokens). */
export async function loadHoldersAndTeams(tx: Prisma.TransactionClient, inputs: ParsedTokenInput[]) {
  const ids = [
    ...new Set(inputs.flatMap((input) => [input.ownerId, input.backupId]).filter((id): id is string => Boolean(id))),
  ];
  const teamIds = [...new Set(inputs.flatMap((input) => (input.teamId ? [input.teamId] : [])))];
  const [people, teams] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, active: true, name: true, email: true, role: true },
    }),
    teamIds.length ? tx.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, name: true } }) : [],
  ]);
  return {
    people: new Map<string, Holder>(people.map((person) => [person.id, person])),
    teams: new Map(teams.map((team) => [team.id, team.name])),
  };
}

/** Owner, backup and team of one token, against what was loaded; returns the viewers an admin chose to promote. */
export function checkHoldersAndTeam(
  me: Actor,
  input: ParsedTokenInput,
  { people, teams }: Awaited<ReturnType<typeof loadHoldersAndTeams>>,
) {
  if (input.backupId === input.ownerId) {
    throw new InvalidInputError("Some details need fixing; nothing was saved.", {
      backupId: "The backup must be a different person from the owner.",
    });
  }
  const toPromote: string[] = [];
  const problem = (id: string | null, field: string, role: string) => {
    if (!id) return;
    const person = people.get(id);
    if (!person)
      throw new InvalidInputError("Some details need fixing; nothing was saved.", {
        [field]: `Choose the ${role} from the list of people.`,
      });
    if (!person.active)
      throw new InvalidInputError("Some details need fixing; nothing was saved.", {
        [field]: `${person.name} is deactivated; choose someone else as ${role}.`,
      });
    if (canHoldTokens(person.role)) return;
    if (input.promoteHolders && me.role === "admin") toPromote.push(person.id);
    else
      throw new InvalidInputError("Some details need fixing; nothing was saved.", {
        [field]: viewerHolderMessage(person.name, role, me.role === "admin"),
      });
  };
  problem(input.ownerId, "ownerId", "owner");
  problem(input.backupId, "backupId", "backup");
  if (input.teamId && !teams.has(input.teamId)) {
    throw new InvalidInputError("Some details need fixing; nothing was saved.", {
      teamId: "That team no longer exists; choose another.",
    });
  }
  return toPromote;
}

async function checkPeopleAndTeam(tx: Prisma.TransactionClient, me: Actor, input: ParsedTokenInput) {
  const toPromote = checkHoldersAndTeam(me, input, await loadHoldersAndTeams(tx, [input]));
  await promoteViewersToEditors(tx, me, toPromote);
}

export function tokenFields(input: ParsedTokenInput) {
  return {
    name: input.name,
    nameKey: input.name.toLowerCase(),
    service: input.service,
    serviceKey: input.service.toLowerCase(),
    purpose: input.purpose,
    environment: input.environment,
    secretLocation: input.secretLocation,
    scopes: input.scopes ?? null,
    issuedOn: asDate(input.issuedOn),
    expiresOn: input.doesNotExpire ? null : asDate(input.expiresOn),
    rotateEveryDays: input.rotateEveryDays ?? null,
    lastRotatedOn: asDate(input.lastRotatedOn),
    criticality: input.criticality,
    consoleUrl: input.consoleUrl ?? null,
    notes: input.notes ?? null,
  };
}

export const dependentRows = (input: ParsedTokenInput) =>
  input.dependents.map((name, position) => ({ name, position }));
const tagLinks = (input: ParsedTokenInput) => input.tags.map((name) => ({ where: { name }, create: { name } }));

export const duplicate = (input: ParsedTokenInput) =>
  new ConflictError(
    `There is already a token called “${input.name}” for ${input.service} in ${input.environment}. Give this one another name.`,
  );

/** Inserts a validated token and its audit row inside the caller's transaction (used by create and CSV import). */
export async function insertToken(
  tx: Prisma.TransactionClient,
  me: Actor,
  parsed: ParsedTokenInput,
  auditAction = "token.created",
) {
  await checkPeopleAndTeam(tx, me, parsed);
  const token = await tx.token
    .create({
      data: {
        ...tokenFields(parsed),
        ownerId: parsed.ownerId,
        backupId: parsed.backupId ?? null,
        teamId: parsed.teamId ?? null,
        dependents: { create: dependentRows(parsed) },
        tags: { connectOrCreate: tagLinks(parsed) },
      },
      include: tokenWithRelations,
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? duplicate(parsed) : error;
    });
  await recordAudit(tx, {
    actor: me,
    action: auditAction,
    recordType: "token",
    recordId: token.id,
    after: tokenSnapshot(token),
  });
  return token;
}

/**
 * Editors and admins create tokens; the form starts with the creator as owner, but the owner is always chosen, never
 * assumed.
 */
export async function createToken(actor: Actor | null, input: TokenInput) {
  const me = await authorize(actor, "token.create", canEditTokens);
  const parsed = await validateTokenInput(input);
  const token = await db.$transaction((tx) => insertToken(tx, me, parsed));
  await tellNewPeople(me, token, null);
  return token;
}

/** After the change is saved: whoever became owner or backup hears about it. */
function tellNewPeople(
  me: Actor,
  token: { id: string; ownerId: string; backupId: string | null },
  before: { ownerId: string; backupId: string | null } | null,
) {
  const assignments = [
    ...(token.ownerId !== before?.ownerId
      ? [{ personId: token.ownerId, role: "owner" as const, tokenId: token.id }]
      : []),
    ...(token.backupId && token.backupId !== before?.backupId
      ? [{ personId: token.backupId, role: "backup" as const, tokenId: token.id }]
      : []),
  ];
  return sendAssignmentEmails(me, assignments);
}

/** Changes a token the actor may edit; the right to it is part of the query, not a separate check. */
export async function updateToken(actor: Actor | null, tokenId: string, input: TokenInput) {
  const me = await authorize(actor, "token.update", canEditTokens, { type: "token", id: tokenId });
  const parsed = await validateTokenInput(input);
  const { before, token } = await db.$transaction(async (tx) => {
    const before = await findEditableToken(tx, me, tokenId, "token.update");
    if (before.state === "retired") throw new ConflictError("This token is retired; it can no longer be changed.");
    await refuseOutOfDateSave(
      tx,
      { recordType: "token", recordId: tokenId, what: "this token", current: before.updatedAt.toISOString() },
      parsed.version,
    );
    // Claim the row as read, so two saves at the same moment cannot both pass the check above.
    const claimed = await tx.token.updateMany({
      where: { id: tokenId, updatedAt: before.updatedAt },
      data: { updatedAt: new Date() },
    });
    if (claimed.count !== 1)
      throw new ConflictError(
        "Someone saved this token at the same moment; nothing was saved. Reload the page to see their change.",
      );
    await checkPeopleAndTeam(tx, me, parsed);
    const token = await tx.token
      .update({
        where: { id: tokenId },
        data: {
          ...tokenFields(parsed),
          ownerId: parsed.ownerId,
          backupId: parsed.backupId ?? null,
          teamId: parsed.teamId ?? null,
          dependents: { deleteMany: {}, create: dependentRows(parsed) },
          tags: { set: [], connectOrCreate: tagLinks(parsed) },
        },
        include: tokenWithRelations,
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? duplicate(parsed) : error;
      });
    await recordAudit(tx, {
      actor: me,
      action: "token.updated",
      recordType: "token",
      recordId: token.id,
      before: tokenSnapshot(before),
      after: tokenSnapshot(token),
    });
    return { before, token };
  });
  await tellNewPeople(me, token, before);
  return token;
}
