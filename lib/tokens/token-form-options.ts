import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { calendarDateIn } from "@/lib/dates/zoned-day";
import { db } from "@/lib/db";
import { pickablePersonSelect } from "@/lib/people/search-people";
import { readOrganisationTime } from "@/lib/settings/read-organisation-time";
import { canEditTokens } from "./token-access";

/**
 * What the create and edit forms start with: the people already chosen (the signed-in person, who
 * owns a new token, and the edited token's owner and backup; others are found by typing), teams, and
 * today's date in the organisation's time zone (YYYY-MM-DD), so the form can warn about a past expiry.
 */
export async function tokenFormOptions(actor: Actor | null, { tokenId }: { tokenId?: string } = {}, now = new Date()) {
  const me = await authorize(actor, "token.open_form", canEditTokens);
  const onToken = tokenId
    ? [{ ownedTokens: { some: { id: tokenId } } }, { backedTokens: { some: { id: tokenId } } }]
    : [];
  const [people, teams, { timeZone }] = await Promise.all([
    db.user.findMany({
      where: { OR: [{ id: me.id }, ...onToken] },
      orderBy: { name: "asc" },
      select: pickablePersonSelect,
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    readOrganisationTime(),
  ]);
  const today = calendarDateIn(now, timeZone).toISOString().slice(0, 10);
  // Only admins may promote a viewer chosen as owner or backup, in the same step.
  return { people, teams, today, canPromote: me.role === "admin" };
}
