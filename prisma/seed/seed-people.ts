// The demo company's teams and people, and bulk mode's extra people, for `npm run seed:demo`.
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personSnapshot } from "@/lib/people/person-snapshot";
import { addDays } from "@/lib/dates/calendar-day";
import { demoPeople, demoTeams, type PersonKey, type TeamKey } from "./demo-data";
import type { BulkPerson } from "./plan-bulk-people";
import { demoActor } from "./seed-runbooks";

export async function createTeams(tx: Prisma.TransactionClient, audit: () => void): Promise<Record<TeamKey, string>> {
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

export async function createPeople(
  tx: Prisma.TransactionClient,
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
export async function createBulkPeople(
  tx: Prisma.TransactionClient,
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
