import { recordAudit } from "@/lib/audit/record-audit";
import { refuseOutOfDateSave } from "@/lib/audit/refuse-out-of-date-save";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse-input";
import { teamNameSchema } from "./schema";

// Any constant works; it only has to be the same in every instance.
const teamNameLockKey = 7270736903;
// Equal ignoring case (and letter width and invisible characters): "marketing" is "Marketing", "Café" is not "Cafe".
const sameNameForReaders = new Intl.Collator("en", { sensitivity: "accent" });

/**
 * Refuses `name` when another team (any but `exceptTeamId`) has a name a reader would take for the same:
 * "marketing" when "Marketing" exists → “There is already a team called “Marketing”.” Holds a lock until the
 * transaction ends, so two admins adding "marketing" and "Marketing" at once cannot both succeed.
 */
async function refuseTakenName(tx: Prisma.TransactionClient, name: string, exceptTeamId?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${teamNameLockKey})`;
  const teams = await tx.team.findMany({ where: { id: { not: exceptTeamId } }, select: { name: true } });
  const taken = teams.find((team) => sameNameForReaders.compare(team.name, name) === 0);
  if (taken) throw new ConflictError(`There is already a team called “${taken.name}”.`);
}

export async function createTeam(actor: Actor | null, input: { name: string }) {
  const admin = await authorize(actor, "team.create", isAdmin);
  const { name } = parseInput(teamNameSchema, input);
  return db.$transaction(async (tx) => {
    await refuseTakenName(tx, name);
    const team = await tx.team.create({ data: { name } });
    await recordAudit(tx, {
      actor: admin,
      action: "team.created",
      recordType: "team",
      recordId: team.id,
      after: { name },
    });
    return team;
  });
}

/**
 * `openedName`: the team's name as the page showed it; a rename from a page opened before another rename is refused.
 */
export async function renameTeam(actor: Actor | null, teamId: string, input: { name: string; openedName: string }) {
  const admin = await authorize(actor, "team.rename", isAdmin, { type: "team", id: teamId });
  const { name } = parseInput(teamNameSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.team.findUnique({ where: { id: teamId } });
    if (!before) throw new NotFoundError("That team no longer exists.");
    await refuseOutOfDateSave(
      tx,
      { recordType: "team", recordId: teamId, what: "this team", current: before.name },
      input.openedName,
    );
    await refuseTakenName(tx, name, teamId);
    const team = await tx.team.update({ where: { id: teamId }, data: { name } });
    await recordAudit(tx, {
      actor: admin,
      action: "team.renamed",
      recordType: "team",
      recordId: teamId,
      before: { name: before.name },
      after: { name },
    });
    return team;
  });
}

/** Removing a team keeps its people and tokens; they simply have no team afterwards. */
export async function deleteTeam(actor: Actor | null, teamId: string) {
  const admin = await authorize(actor, "team.delete", isAdmin, { type: "team", id: teamId });
  return db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({
      where: { id: teamId },
      include: { _count: { select: { members: true, tokens: true } } },
    });
    if (!team) throw new NotFoundError("That team no longer exists.");
    await tx.team.delete({ where: { id: teamId } });
    await recordAudit(tx, {
      actor: admin,
      action: "team.deleted",
      recordType: "team",
      recordId: teamId,
      before: { name: team.name, members: team._count.members, tokens: team._count.tokens },
    });
    return team;
  });
}

export async function listTeamsWithCounts(actor: Actor | null) {
  await authorize(actor, "team.manage", isAdmin);
  return db.team.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { members: true, tokens: true } } },
  });
}
