import { randomUUID } from "node:crypto";
import { recordAudits } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError, DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { promoteViewersToEditors } from "@/lib/ownership/holder-rule";
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

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
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

  await tx.$executeRaw`
    INSERT INTO "tokens" ("id", "name", "name_key", "service", "service_key", "purpose", "environment", "secret_location", "scopes", "owner_id", "backup_id", "team_id",
      "issued_on", "expires_on", "rotate_every_days", "last_rotated_on", "criticality", "console_url", "notes", "updated_at")
    SELECT id, name, name_key, service, service_key, purpose, environment::"Environment", secret_location, scopes, owner_id, backup_id, team_id,
      issued_on::date, expires_on::date, rotate_every_days, last_rotated_on::date, criticality::"Criticality", console_url, notes, now()
    FROM unnest(
      ${column(tokens, (t) => t.id)}::text[], ${column(tokens, (t) => t.name)}::text[], ${column(tokens, (t) => t.nameKey)}::text[],
      ${column(tokens, (t) => t.service)}::text[], ${column(tokens, (t) => t.serviceKey)}::text[], ${column(tokens, (t) => t.purpose)}::text[],
      ${column(tokens, (t) => t.environment)}::text[], ${column(tokens, (t) => t.secretLocation)}::text[], ${column(tokens, (t) => t.scopes)}::text[],
      ${column(tokens, (t) => t.ownerId)}::text[], ${column(tokens, (t) => t.backupId)}::text[], ${column(tokens, (t) => t.teamId)}::text[],
      ${column(tokens, (t) => day(t.issuedOn))}::text[], ${column(tokens, (t) => day(t.expiresOn))}::text[], ${column(tokens, (t) => t.rotateEveryDays)}::int[],
      ${column(tokens, (t) => day(t.lastRotatedOn))}::text[], ${column(tokens, (t) => t.criticality)}::text[], ${column(tokens, (t) => t.consoleUrl)}::text[],
      ${column(tokens, (t) => t.notes)}::text[]
    ) AS t(id, name, name_key, service, service_key, purpose, environment, secret_location, scopes, owner_id, backup_id, team_id,
      issued_on, expires_on, rotate_every_days, last_rotated_on, criticality, console_url, notes)`.catch(
    (error: unknown) => {
      // Another save of the same name in the moment between the check above and this insert.
      throw isUniqueViolation(error)
        ? new ConflictError(
            "A token with the same name, service and environment was added at the same moment. Nothing was saved; try again.",
          )
        : error;
    },
  );

  const dependents = inputs.flatMap((input, index) =>
    dependentRows(input).map((row) => ({ ...row, tokenId: tokens[index].id })),
  );
  if (dependents.length) {
    await tx.$executeRaw`
      INSERT INTO "token_dependents" ("id", "token_id", "name", "position")
      SELECT * FROM unnest(${column(dependents, () => randomUUID())}::text[], ${column(dependents, (d) => d.tokenId)}::text[], ${column(dependents, (d) => d.name)}::text[], ${column(dependents, (d) => d.position)}::int[])`;
  }

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
      [...new Set(input.tags)].map((name) => [tagIds.get(name)!, tokens[index].id]),
    );
    await tx.$executeRaw`INSERT INTO "_TagToToken" ("A", "B") SELECT * FROM unnest(${column(links, ([tag]) => tag)}::text[], ${column(links, ([, token]) => token)}::text[])`;
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
