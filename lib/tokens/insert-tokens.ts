import { recordAudits } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError, DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { promoteViewersToEditors } from "@/lib/ownership/holder-rule";
import { checkHoldersAndTeam, dependentRows, duplicate, loadHoldersAndTeams, tokenFields } from "./save-token";
import type { ParsedTokenInput } from "./schema";
import { tokenSnapshot } from "./token-snapshot";

// Well under PostgreSQL's 65,535 parameters per statement for every table written here.
const batchSize = 1_000;

/** A problem with one of the tokens, with its position in the list given to insertTokens. */
export class TokenBatchProblem extends Error {
  constructor(
    readonly index: number,
    readonly problem: DomainError,
  ) {
    super(problem.message);
  }
}

const inBatches = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / batchSize) }, (_, index) => items.slice(index * batchSize, (index + 1) * batchSize));
const tokenKey = (token: { nameKey: string; serviceKey: string; environment: string }) => `${token.serviceKey}\u0000${token.environment}\u0000${token.nameKey}`;

/**
 * Inserts many validated tokens inside the caller's transaction, a batch of statements at a time
 * instead of several per token, each with its own audit row (written in the same transaction).
 * The same checks as one token's insert; a problem names the token's position and saves nothing.
 */
export async function insertTokens(tx: Prisma.TransactionClient, me: Actor, inputs: ParsedTokenInput[], auditAction: string) {
  const loaded = await loadHoldersAndTeams(tx, inputs);
  const toPromote = new Set<string>();
  inputs.forEach((input, index) => {
    try {
      for (const id of checkHoldersAndTeam(me, input, loaded)) toPromote.add(id);
    } catch (error) {
      throw error instanceof DomainError ? new TokenBatchProblem(index, error) : error;
    }
  });
  await promoteViewersToEditors(tx, me, [...toPromote]);

  const fields = inputs.map(tokenFields);
  const positionOf = new Map(fields.map((field, index) => [tokenKey(field), index]));
  const taken = await tx.token.findMany({
    where: { OR: inBatches(fields).map((batch) => ({ OR: batch.map(({ nameKey, serviceKey, environment }) => ({ nameKey, serviceKey, environment })) })) },
    select: { nameKey: true, serviceKey: true, environment: true },
    take: 1,
  });
  if (taken.length) {
    const index = positionOf.get(tokenKey(taken[0]))!;
    throw new TokenBatchProblem(index, duplicate(inputs[index]));
  }

  const created = [];
  for (const batch of inBatches(inputs.map((input, index) => ({ input, index })))) {
    const rows = await tx.token
      .createManyAndReturn({ data: batch.map(({ input, index }) => ({ ...fields[index], ownerId: input.ownerId, backupId: input.backupId ?? null, teamId: input.teamId ?? null })) })
      .catch((error: unknown) => {
        // Another save of the same name in the moment between the check above and this insert.
        throw isUniqueViolation(error) ? new ConflictError("A token with the same name, service and environment was added at the same moment. Nothing was saved; try again.") : error;
      });
    created.push(...rows);
  }
  // Matched back by their unique name, service and environment: the database does not promise the order it returns rows in.
  const tokens: (typeof created)[number][] = new Array(inputs.length);
  for (const row of created) tokens[positionOf.get(tokenKey(row))!] = row;

  const dependents = inputs.flatMap((input, index) => dependentRows(input).map((row) => ({ ...row, tokenId: tokens[index].id })));
  for (const batch of inBatches(dependents)) await tx.tokenDependent.createMany({ data: batch });

  const tagNames = [...new Set(inputs.flatMap((input) => input.tags))];
  if (tagNames.length) {
    await tx.tag.createMany({ data: tagNames.map((name) => ({ name })), skipDuplicates: true });
    const tagIds = new Map((await tx.tag.findMany({ where: { name: { in: tagNames } }, select: { id: true, name: true } })).map((tag) => [tag.name, tag.id]));
    const links = inputs.flatMap((input, index) => [...new Set(input.tags)].map((name) => [tagIds.get(name)!, tokens[index].id]));
    for (const batch of inBatches(links)) {
      await tx.$executeRaw`INSERT INTO "_TagToToken" ("A", "B") SELECT * FROM unnest(${batch.map(([tag]) => tag)}::text[], ${batch.map(([, token]) => token)}::text[])`;
    }
  }

  const person = (id: string | null) => (id ? { email: loaded.people.get(id)!.email } : null);
  const audits = inputs.map((input, index) => {
    const token = tokens[index];
    const snapshot = tokenSnapshot({
      ...token,
      owner: person(token.ownerId)!,
      backup: person(token.backupId),
      team: token.teamId ? { name: loaded.teams.get(token.teamId)! } : null,
      dependents: input.dependents.map((name) => ({ name })),
      tags: [...new Set(input.tags)].sort().map((name) => ({ name })),
    });
    return { actor: me, action: auditAction, recordType: "token", recordId: token.id, after: snapshot };
  });
  for (const batch of inBatches(audits)) await recordAudits(tx, batch);
  return tokens;
}
