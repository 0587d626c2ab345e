import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";

type Rule = (actor: Actor) => boolean | Promise<boolean>;

export const isAdmin: Rule = (actor) => actor.role === "admin";
export const isSignedIn: Rule = () => true;
export const hasAnyRole =
  (...roles: Role[]): Rule =>
  (actor) =>
    roles.includes(actor.role);

/**
 * The one gate of every domain function: returns the actor when the rule allows the attempt,
 * otherwise records the refusal in the audit log and throws.
 */
export async function authorize(
  actor: Actor | null,
  attempted: string,
  rule: Rule,
  record?: { type: string; id: string },
): Promise<Actor> {
  if (actor && (await rule(actor))) return actor;
  if (actor || (await strangerRefusalsMayBeRecorded())) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor,
        action: "authorization.refused",
        recordType: record?.type,
        recordId: record?.id,
        after: { attempted },
      }),
    );
  }
  throw actor ? new ForbiddenError() : new UnauthenticatedError();
}

/** Refusals of people who are not signed in, recorded per minute at most: strangers must not fill the log. */
export const strangerRefusalsPerMinute = 30;

async function strangerRefusalsMayBeRecorded(now = new Date()) {
  const recent = await db.auditEvent.count({
    where: { action: "authorization.refused", actorId: null, at: { gt: new Date(now.getTime() - 60_000) } },
  });
  return recent < strangerRefusalsPerMinute;
}
