// The demo tokens with their tags and dependents: one at a time with audit rows, or in bulk batches.
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { insertDependentRows, insertTagLinks, insertTokenRows } from "@/lib/tokens/insert-token-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tokenSnapshot, tokenWithRelations } from "@/lib/tokens/token-snapshot";
import type { TeamKey } from "./demo-data";
import type { PlannedToken } from "./plan-tokens";
import { demoActor } from "./seed-runbooks";

const batchSize = 5_000;

type Ids = { people: Record<string, string>; teams: Record<TeamKey, string>; tags: Map<string, string> };

export async function createTags(tx: Prisma.TransactionClient, names: Iterable<string>) {
  const unique = [...new Set(names)].sort();
  await tx.tag.createMany({ data: unique.map((name) => ({ name })), skipDuplicates: true });
  const tags = await tx.tag.findMany({ where: { name: { in: unique } }, select: { id: true, name: true } });
  return new Map(tags.map((tag) => [tag.name, tag.id]));
}

function tokenRow(token: PlannedToken, ids: Ids) {
  return {
    name: token.name,
    nameKey: token.name.toLowerCase(),
    service: token.service,
    serviceKey: token.service.toLowerCase(),
    purpose: token.purpose,
    environment: token.environment,
    secretLocation: token.secretLocation,
    scopes: token.scopes,
    ownerId: ids.people[token.owner],
    backupId: token.backup ? ids.people[token.backup] : null,
    teamId: ids.teams[token.team],
    issuedOn: token.issuedOn,
    expiresOn: token.expiresOn,
    rotateEveryDays: token.rotateEveryDays,
    lastRotatedOn: token.lastRotatedOn,
    criticality: token.criticality,
    consoleUrl: token.consoleUrl,
    notes: token.notes,
    state: token.state,
    stateChangedAt: token.stateChangedAt,
  } satisfies Prisma.TokenUncheckedCreateInput;
}

/** One token at a time, each with its own "token.created" audit row, as the app writes them. */
export async function createDemoTokens(
  tx: Prisma.TransactionClient,
  planned: PlannedToken[],
  ids: Ids,
  audit: () => void,
) {
  for (const token of planned) {
    const created = await tx.token.create({
      data: {
        ...tokenRow(token, ids),
        dependents: { create: token.dependents.map((name, position) => ({ name, position })) },
        tags: { connect: token.tags.map((name) => ({ id: ids.tags.get(name)! })) },
      },
      include: tokenWithRelations,
    });
    await recordAudit(tx, {
      actor: null,
      actorEmail: demoActor,
      action: "token.created",
      recordType: "token",
      recordId: created.id,
      after: tokenSnapshot(created),
    });
    audit();
  }
}

/**
 * Bulk (benchmark) tokens in batches of 5,000, each batch three INSERT … SELECT FROM unnest(…)
 * statements (tokens, dependents, tag links) with ids made here, so no row has to come back.
 */
export async function createBulkTokens(tx: Prisma.TransactionClient, planned: Iterable<PlannedToken>, ids: Ids) {
  let batch: PlannedToken[] = [];
  const flush = async () => {
    const tokens = batch.map((token) => ({ id: randomUUID(), ...tokenRow(token, ids) }));
    const dependents = batch.flatMap((token, index) =>
      token.dependents.map((name, position) => ({ id: randomUUID(), tokenId: tokens[index].id, name, position })),
    );
    const links = batch.flatMap((token, index) =>
      token.tags.map((tag) => ({ tagId: ids.tags.get(tag)!, tokenId: tokens[index].id })),
    );
    await insertTokenRows(tx, tokens);
    await insertDependentRows(tx, dependents);
    await insertTagLinks(tx, links);
    batch = [];
  };
  for (const token of planned) {
    batch.push(token);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
}
