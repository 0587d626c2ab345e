import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { calendarFeedUrl } from "./calendar-key";

/** The addresses of the signed-in person's own feed and their team's, where they exist yet. */
export async function getCalendarFeeds(actor: Actor | null) {
  const me = await authorize(actor, "calendar.view_feeds", isSignedIn);
  const person = await db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: { calendarKey: true, team: { select: { id: true, name: true, calendarKey: true } } },
  });
  return {
    personUrl: person.calendarKey ? calendarFeedUrl("person", person.calendarKey) : null,
    team: person.team
      ? {
          id: person.team.id,
          name: person.team.name,
          url: person.team.calendarKey ? calendarFeedUrl("team", person.team.calendarKey) : null,
          canReset: me.role === "admin",
        }
      : null,
  };
}
