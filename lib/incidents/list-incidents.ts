import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { describeDuration } from "./time-to-revoke";
import { addDays } from "@/lib/dates/calendar-day";

/** How far back the home page's incident overview looks. */
export const recentIncidentDays = 90;

const person = { select: { id: true, name: true } } as const;

/**
 * Leaked tokens switched off but not yet replaced, most recently revoked first: they stay on the
 * home page until a replacement run saves the new one.
 */
export async function listAwaitingReplacement(actor: Actor | null, now = new Date()) {
  const reader = await authorize(actor, "incident.list", isSignedIn);
  const rows = await db.token.findMany({
    where: { state: "revoked", compromisedAt: { not: null } },
    orderBy: [{ revokedAt: "desc" }, { name: "asc" }],
    take: 20,
    select: { id: true, name: true, revokedAt: true, stateChangedAt: true, owner: person, backup: person },
  });
  return rows.map((row) => {
    const revokedAt = row.revokedAt ?? row.stateChangedAt;
    return {
      id: row.id,
      name: row.name,
      owner: row.owner.name,
      revokedAgo: revokedAt ? `${describeDuration(now.getTime() - revokedAt.getTime())} ago` : null,
      mine: reader.role === "admin" || row.owner.id === reader.id || row.backup?.id === reader.id,
    };
  });
}

/**
 * Leaks reported in the last 90 days, newest first, each with how long it took to revoke (or how long it has been
 * open).
 */
export async function listRecentIncidents(actor: Actor | null, now = new Date()) {
  await authorize(actor, "incident.list", isSignedIn);
  const rows = await db.token.findMany({
    where: { compromisedAt: { gte: addDays(now, -recentIncidentDays) } },
    orderBy: { compromisedAt: "desc" },
    take: 20,
    select: { id: true, name: true, state: true, compromisedAt: true, revokedAt: true },
  });
  return rows.map((row) => {
    const reported = row.compromisedAt!;
    const revoked = row.revokedAt && row.revokedAt >= reported ? row.revokedAt : null;
    return {
      id: row.id,
      name: row.name,
      reportedAt: reported,
      timeToRevoke: revoked ? describeDuration(revoked.getTime() - reported.getTime()) : null,
      openFor: revoked ? null : describeDuration(now.getTime() - reported.getTime()),
      replaced: revoked !== null && row.state === "active",
    };
  });
}
