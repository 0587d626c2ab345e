import { randomUUID } from "node:crypto";
import { recordAudits } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError, DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { promoteViewersToEditors } from "@/lib/ownership/holder-rule";
import { insertDependentRows, insertTagLinks, insertTokenRows } from "./insert-token-rows";
import { checkHoldersAndTeam, dependentRows, duplicate, loadHoldersAndTeams, tokenFields } from "./save-token";
import type { ParsedTokenInput } from "./schema";
import { tokenSnapshot } from "./token-snapshot";

/** A problem with one of the tokens, with its position in the list given to insertTokens. */
export class TokenBatchProblem extends Error {
  constructor(
    readonly index: number,
    readonly problem: DomainError,
  ) {
    super(problem.message);
  }
}

const column = <T, V>(rows: T[], pick: (row: T) => V) => rows.map(pick);

/**
 * Inserts many validated tokens inside the caller's transaction with a few statements in all
 * (each table's rows sent as arrays and unnested by PostgreSQL), instead of several per token;
 * each token gets its own audit row in the same transaction. The same checks as one token's
 * insert: a problem names the token's position, and the caller's transaction saves nothing.
 */
export async function insertTokens(
  tx: Prisma.TransactionClient,
  me: Actor,
  inputs: ParsedTokenInput[],
  auditAction: string,
) {
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

  const tokens = inputs.map((input) => ({
    id: randomUUID(),
    ...tokenFields(input),
    ownerId: input.ownerId,
    backupId: input.backupId ?? null,
    teamId: input.teamId ?? null,
  }));
  const [taken] = await tx.$queryRaw<{ position: number }[]>`
    SELECT k.position::int AS position FROM "tokens" t
    JOIN unnest(${column(tokens, (t) => t.nameKey)}::text[], ${column(tokens, (t) => t.serviceKey)}::text[], ${column(tokens, (t) => t.environment)}::text[])
      WITH ORDINALITY AS k(name_key, service_key, environment, position)
      ON t.name_key = k.name_key AND t.service_key = k.service_key AND t.environment::text = k.environment
    ORDER BY k.position LIMIT 1`;
  if (taken) throw new TokenBatchProblem(taken.position - 1, duplicate(inputs[taken.position - 1]));

  await insertTokenRows(tx, tokens).catch((error: unknown) => {
    // Another save of the same name in the moment between the check above and this insert.
    throw isUniqueViolation(error)
      ? new ConflictError(
          "A token with the same name, service and environment was added at the same moment. Nothing was saved; try again.",
        )
      : error;
  });

  const dependents = inputs.flatMap((input, index) =>
    dependentRows(input).map((row) => ({ ...row, id: randomUUID(), tokenId: tokens[index].id })),
  );
  if (dependents.length) await insertDependentRows(tx, dependents);

  const tagNames = [...new Set(inputs.flatMap((input) => input.tags))];
  if (tagNames.length) {
    await tx.tag.createMany({ data: tagNames.map((name) => ({ name })), skipDuplicates: true });
    const tagIds = new Map(
      (await tx.tag.findMany({ where: { name: { in: tagNames } }, select: { id: true, name: true } })).map((tag) => [
        tag.name,
        tag.id,
      ]),
    );
    const links = inputs.flatMap((input, index) =>
      [...new Set(input.tags)].map((name) => ({ tagId: tagIds.get(name)!, tokenId: tokens[index].id })),
    );
    await insertTagLinks(tx, links);
  }

  const person = (id: string | null) => (id ? { email: loaded.people.get(id)!.email } : null);
  await recordAudits(
    tx,
    inputs.map((input, index) => {
      const token = tokens[index];
      const after = tokenSnapshot({
        ...token,
        state: "active",
        owner: person(token.ownerId)!,
        backup: person(token.backupId),
        team: token.teamId ? { name: loaded.teams.get(token.teamId)! } : null,
        dependents: input.dependents.map((name) => ({ name })),
        tags: [...new Set(input.tags)].sort().map((name) => ({ name })),
      });
      return { actor: me, action: auditAction, recordType: "token", recordId: token.id, after };
    }),
  );
  return tokens;
}
