// The demo tokens with their tags and dependents: one at a time with audit rows, or in bulk batches.
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tokenSnapshot, tokenWithRelations } from "@/lib/tokens/token-snapshot";
import type { TeamKey } from "./demo-data";
import type { PlannedToken } from "./plan-tokens";
import { demoActor } from "./seed-runbooks";

const batchSize = 1_000;

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

/** Batches of 1,000: tokens, then their dependents and tag links, in a handful of statements each. */
export async function createBulkTokens(tx: Prisma.TransactionClient, planned: Iterable<PlannedToken>, ids: Ids) {
  let batch: PlannedToken[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const created = await tx.token.createManyAndReturn({
      data: batch.map((token) => tokenRow(token, ids)),
      select: { id: true, nameKey: true },
    });
    const idByName = new Map(created.map((row) => [row.nameKey, row.id]));
    const dependents: Prisma.TokenDependentCreateManyInput[] = [];
    const tagIds: string[] = [];
    const tokenIds: string[] = [];
    for (const token of batch) {
      const tokenId = idByName.get(token.name.toLowerCase())!;
      token.dependents.forEach((name, position) => dependents.push({ tokenId, name, position }));
      for (const tag of token.tags) {
        tagIds.push(ids.tags.get(tag)!);
        tokenIds.push(tokenId);
      }
    }
    await tx.tokenDependent.createMany({ data: dependents });
    // The implicit many-to-many table of Tag and Token: "A" is the tag, "B" the token.
    await tx.$executeRaw`INSERT INTO "_TagToToken" ("A", "B") SELECT * FROM unnest(${tagIds}::text[], ${tokenIds}::text[])`;
    batch = [];
  };
  for (const token of planned) {
    batch.push(token);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
}
