import { recordAudit } from "@/lib/audit/record-audit";
import { refuseOutOfDateSave } from "@/lib/audit/refuse-out-of-date-save";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { teamNameSchema } from "./schema";

const taken = (name: string) => new ConflictError(`There is already a team called “${name}”.`);

export async function createTeam(actor: Actor | null, input: { name: string }) {
  const admin = await authorize(actor, "team.create", isAdmin);
  const { name } = parseInput(teamNameSchema, input);
  return db.$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken(name) : error;
    });
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
    const team = await tx.team.update({ where: { id: teamId }, data: { name } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken(name) : error;
    });
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
