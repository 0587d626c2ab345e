import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError } from "@/lib/errors";

/** The signed-in person on whose behalf a domain function runs. Every domain function takes it first. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Where the request came from, for the audit log. */
  ipAddress?: string | null;
  userAgent?: string | null;
};

export function hasRole(actor: Actor, ...roles: Role[]) {
  return roles.includes(actor.role);
}

/** Throws ForbiddenError unless the actor has one of the roles. */
export function requireRole(actor: Actor, ...roles: Role[]) {
  if (!hasRole(actor, ...roles)) throw new ForbiddenError();
}
