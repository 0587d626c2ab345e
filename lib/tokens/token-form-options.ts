import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { calendarDateIn } from "@/lib/dates/zoned-day";
import { db } from "@/lib/db";
import { readOrganisationTime } from "@/lib/settings/read-organisation-time";
import { canEditTokens } from "./token-access";

/**
 * The choices the create and edit forms offer: people (active ones can be picked) and teams; and
 * today's date in the organisation's time zone (YYYY-MM-DD), so the form can warn about a past expiry.
 */
export async function tokenFormOptions(actor: Actor | null, now = new Date()) {
  const me = await authorize(actor, "token.open_form", canEditTokens);
  const [people, teams, { timeZone }] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true, active: true, role: true } }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    readOrganisationTime(),
  ]);
  const today = calendarDateIn(now, timeZone).toISOString().slice(0, 10);
  // Only admins may promote a viewer chosen as owner or backup, in the same step.
  return { people, teams, today, canPromote: me.role === "admin" };
}
