// Fills an empty Tokenbook with a made-up company's teams, people, tokens, runbooks and a rotation
// under way (`npm run seed:demo`).
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { demoTokens } from "./demo-data";
import { planBulkPeople } from "./plan-bulk-people";
import { planBulkTokens, planDemoTokens } from "./plan-tokens";
import { type SeedDemoSummary, summarise } from "./seed-demo-summary";
import { createBulkPeople, createPeople, createTeams } from "./seed-people";
import { createDemoRunbooks, demoActor } from "./seed-runbooks";
import { createBulkTokens, createDemoTokens, createTags } from "./seed-tokens";

export type { SeedDemoSummary } from "./seed-demo-summary";

export class DemoDataRefused extends Error {}

export type SeedDemoOptions = {
  /** "Today" for the demo: every date is chosen relative to it. */
  now?: Date;
  /** Bulk mode for benchmarks: this many tokens, written in batches, with one summary audit row. */
  tokens?: number;
};

/** Refuses unless the database is empty: no tokens, and at most one person (the admin from ADMIN_EMAIL). */
async function assertEmpty(tx: Prisma.TransactionClient) {
  const tokens = await tx.token.count();
  const people = await tx.user.count();
  if (tokens > 0 || people > 1) {
    throw new DemoDataRefused(
      `This Tokenbook already has ${tokens} token(s) and ${people} person(s); demo data only goes into an empty one, so nothing was changed.`,
    );
  }
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
    // Bulk mode took 3 minutes at 100,000 tokens on a busy 2-core machine (load average 20).
    { maxWait: 10_000, timeout: Math.max(600_000, (tokens ?? 0) * 30) },
  );

  return summarise(now, bulk ? "bulk" : "demo", auditRows, startedAt);
}
