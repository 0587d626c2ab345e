// Fills an empty Tokenbook with a made-up company's teams, people, tokens, runbooks and a rotation
// under way (`npm run seed:demo`).
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { personSnapshot } from "@/lib/people/person-snapshot";
import { tokenSnapshot, tokenWithRelations } from "@/lib/tokens/token-snapshot";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { type TokenStatus, tokenStatuses, tokenStatusWhere } from "@/lib/tokens/token-status";
import { demoPeople, demoTeams, demoTokens, type PersonKey, type TeamKey } from "./demo-data";
import { type BulkPerson, planBulkPeople } from "./plan-bulk-people";
import { planBulkTokens, planDemoTokens, type PlannedToken } from "./plan-tokens";
import { createDemoRunbooks, demoActor } from "./seed-runbooks";

const batchSize = 1_000;

export class DemoDataRefused extends Error {}

export type SeedDemoOptions = {
  /** "Today" for the demo: every date is chosen relative to it. */
  now?: Date;
  /** Bulk mode for benchmarks: this many tokens, written in batches, with one summary audit row. */
  tokens?: number;
};

export type SeedDemoSummary = {
  mode: "demo" | "bulk";
  people: number;
  teams: number;
  tokens: number;
  byStatus: Record<TokenStatus, number>;
  expiringWithin7Days: number;
  ownedByDeactivated: number;
  noBackup: number;
  busiestOwner: { name: string; tokens: number } | null;
  runbooks: number;
  /** The token whose rotation the demo left under way, by name. */
  runUnderWay: string | null;
  auditRows: number;
  seconds: number;
};

type Tx = Prisma.TransactionClient;
type Ids = { people: Record<string, string>; teams: Record<TeamKey, string>; tags: Map<string, string> };

/** Refuses unless the database is empty: no tokens, and at most one person (the admin from ADMIN_EMAIL). */
async function assertEmpty(tx: Tx) {
  const tokens = await tx.token.count();
  const people = await tx.user.count();
  if (tokens > 0 || people > 1) {
    throw new DemoDataRefused(
      `This Tokenbook already has ${tokens} token(s) and ${people} person(s); demo data only goes into an empty one, so nothing was changed.`,
    );
  }
}

async function createTeams(tx: Tx, audit: () => void): Promise<Record<TeamKey, string>> {
  const ids = {} as Record<TeamKey, string>;
  for (const [key, name] of Object.entries(demoTeams) as [TeamKey, string][]) {
    const existing = await tx.team.findUnique({ where: { name } });
    const team = existing ?? (await tx.team.create({ data: { name } }));
    if (!existing) {
      await recordAudit(tx, {
        actor: null,
        actorEmail: demoActor,
        action: "team.created",
        recordType: "team",
        recordId: team.id,
        after: { name },
      });
      audit();
    }
    ids[key] = team.id;
  }
  return ids;
}

async function createPeople(
  tx: Tx,
  teams: Record<TeamKey, string>,
  now: Date,
  audit: () => void,
): Promise<Record<PersonKey, string>> {
  const ids = {} as Record<PersonKey, string>;
  for (const [key, person] of Object.entries(demoPeople) as [PersonKey, (typeof demoPeople)[PersonKey]][]) {
    const existing = await tx.user.findUnique({ where: { email: person.email } });
    if (existing) {
      ids[key] = existing.id; // the admin from ADMIN_EMAIL happens to be one of the demo people: keep them as they are
      continue;
    }
    const deactivated = "deactivated" in person && person.deactivated;
    const fields = { name: person.name, email: person.email, role: person.role, teamId: teams[person.team] };
    const created = await tx.user.create({
      data: { ...fields, active: !deactivated, deactivatedAt: deactivated ? addDays(now, -12) : null },
    });
    await recordAudit(tx, {
      actor: null,
      actorEmail: demoActor,
      action: "person.invited",
      recordType: "person",
      recordId: created.id,
      after: personSnapshot({ ...created, active: true }),
    });
    audit();
    if (deactivated) {
      await recordAudit(tx, {
        actor: null,
        actorEmail: demoActor,
        action: "person.deactivated",
        recordType: "person",
        recordId: created.id,
        before: personSnapshot({ ...created, active: true }),
        after: personSnapshot(created),
      });
      audit();
    }
    ids[key] = created.id;
  }
  return ids;
}

/** Bulk mode's extra people in one statement, covered by the summary audit row; their ids by key. */
async function createBulkPeople(
  tx: Tx,
  people: BulkPerson[],
  teams: Record<TeamKey, string>,
): Promise<Record<string, string>> {
  const created = await tx.user.createManyAndReturn({
    data: people.map(({ name, email, role, team }) => ({ name, email, role, teamId: teams[team] })),
    select: { id: true, email: true },
  });
  const idByEmail = new Map(created.map((person) => [person.email, person.id]));
  return Object.fromEntries(people.map((person) => [person.key, idByEmail.get(person.email)!]));
}

async function createTags(tx: Tx, names: Iterable<string>) {
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
async function createDemoTokens(tx: Tx, planned: PlannedToken[], ids: Ids, audit: () => void) {
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
async function createBulkTokens(tx: Tx, planned: Iterable<PlannedToken>, ids: Ids) {
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

async function summarise(
  now: Date,
  mode: SeedDemoSummary["mode"],
  auditRows: number,
  startedAt: number,
): Promise<SeedDemoSummary> {
  const today = startOfUtcDay(now);
  const clock = await readStatusClock(now);
  const counts = await Promise.all(
    tokenStatuses.map((status) => db.token.count({ where: tokenStatusWhere(status, clock) })),
  );
  const [people, teams, tokens, expiringWithin7Days, ownedByDeactivated, noBackup, owners] = await Promise.all([
    db.user.count(),
    db.team.count(),
    db.token.count(),
    db.token.count({ where: { state: "active", expiresOn: { gte: today, lte: addDays(today, 7) } } }),
    db.token.count({ where: { owner: { active: false }, state: { not: "retired" } } }),
    db.token.count({ where: { backupId: null, state: { not: "retired" } } }),
    db.token.groupBy({
      by: ["ownerId"],
      where: { state: { not: "retired" } },
      _count: { _all: true },
      orderBy: { _count: { ownerId: "desc" } },
      take: 1,
    }),
  ]);
  const [runbooks, run] = await Promise.all([
    db.runbook.count(),
    db.rotationRun.findFirst({ where: { status: "in_progress" }, select: { token: { select: { name: true } } } }),
  ]);
  const busiest = owners[0]
    ? await db.user.findUnique({ where: { id: owners[0].ownerId }, select: { name: true } })
    : null;
  return {
    mode,
    people,
    teams,
    tokens,
    byStatus: Object.fromEntries(tokenStatuses.map((status, index) => [status, counts[index]])) as Record<
      TokenStatus,
      number
    >,
    expiringWithin7Days,
    ownedByDeactivated,
    noBackup,
    busiestOwner: busiest && owners[0] ? { name: busiest.name, tokens: owners[0]._count._all } : null,
    runbooks,
    runUnderWay: run?.token.name ?? null,
    auditRows,
    seconds: (performance.now() - startedAt) / 1000,
  };
}

/**
 * Fills an empty database with demo data, all in one transaction: it either all goes in or
 * nothing does. Throws DemoDataRefused when the database already has tokens or people.
 */
export async function seedDemo({ now = new Date(), tokens }: SeedDemoOptions = {}): Promise<SeedDemoSummary> {
  if (tokens !== undefined && (!Number.isInteger(tokens) || tokens < 1))
    throw new RangeError("The number of tokens must be a whole number of at least 1.");
  const startedAt = performance.now();
  const bulk = tokens !== undefined;
  let auditRows = 0;
  const audit = () => void auditRows++;

  await db.$transaction(
    async (tx) => {
      await assertEmpty(tx);
      const teams = await createTeams(tx, audit);
      const people = await createPeople(tx, teams, now, audit);
      if (bulk) {
        const tags = await createTags(
          tx,
          demoTokens.flatMap((spec) => spec.tags),
        );
        const bulkPeople = planBulkPeople(tokens);
        const bulkPeopleIds = await createBulkPeople(tx, bulkPeople, teams);
        await createBulkTokens(tx, planBulkTokens(tokens, now, bulkPeople), {
          people: { ...people, ...bulkPeopleIds },
          teams,
          tags,
        });
        await recordAudit(tx, {
          actor: null,
          actorEmail: demoActor,
          action: "demo.seeded",
          after: {
            tokens,
            people: bulkPeople.length,
            note: "Demo tokens and people added in bulk: one summary row instead of one per token or person.",
          },
        });
        audit();
      } else {
        const planned = planDemoTokens(now);
        const tags = await createTags(
          tx,
          planned.flatMap((token) => token.tags),
        );
        await createDemoTokens(tx, planned, { people, teams, tags }, audit);
        await createDemoRunbooks(tx, now, audit);
      }
    },
    // Bulk mode on a busy 2-core machine takes over 10 minutes at 100,000 tokens.
    { maxWait: 10_000, timeout: Math.max(600_000, (tokens ?? 0) * 30) },
  );

  return summarise(now, bulk ? "bulk" : "demo", auditRows, startedAt);
}
