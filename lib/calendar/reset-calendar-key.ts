import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { newCalendarKey } from "./calendar-key";

// The audit row says that a key was made, never the key: it is the only secret of the feed.
const what = (hadKey: boolean) => (hadKey ? "reset" : "created");

/** A new address for the person's own feed; any old address stops working at once. */
export async function resetPersonCalendarKey(actor: Actor | null) {
  const me = await authorize(actor, "calendar.reset_person_key", isSignedIn);
  const calendarKey = newCalendarKey();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: me.id }, select: { calendarKey: true } });
    await tx.user.update({ where: { id: me.id }, data: { calendarKey } });
    await recordAudit(tx, {
      actor: me,
      action: "calendar.person_key_reset",
      recordType: "person",
      recordId: me.id,
      after: { feed: what(before.calendarKey !== null) },
    });
    return calendarKey;
  });
}

/**
 * A new address for a team's feed, by an admin only: members share the address, so one member
 * (a viewer, say) must not be able to cut everyone else's calendars off.
 */
export async function resetTeamCalendarKey(actor: Actor | null, teamId: string) {
  const person = await authorize(actor, "calendar.reset_team_key", isAdmin, { type: "team", id: teamId });
  const calendarKey = newCalendarKey();
  return db.$transaction(async (tx) => {
    const before = await tx.team.findUnique({ where: { id: teamId }, select: { name: true, calendarKey: true } });
    if (!before) throw new NotFoundError("That team no longer exists.");
    await tx.team.update({ where: { id: teamId }, data: { calendarKey } });
    await recordAudit(tx, {
      actor: person,
      action: "calendar.team_key_reset",
      recordType: "team",
      recordId: teamId,
      after: { team: before.name, feed: what(before.calendarKey !== null) },
    });
    return calendarKey;
  });
}
