import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildCalendarFeed } from "./build-calendar-feed";
import { type FeedKind, looksLikeCalendarKey } from "./calendar-key";

const feedTokenSelect = {
  id: true,
  name: true,
  service: true,
  purpose: true,
  state: true,
  expiresOn: true,
  rotationDueOn: true,
  updatedAt: true,
  owner: { select: { name: true } },
  backup: { select: { name: true } },
  dependents: { select: { name: true }, orderBy: { position: "asc" } },
} satisfies Prisma.TokenSelect;

/** Tokens in use with an expiry date, and active ones with a rotation date (the same events as the Calendar page). */
const withFeedDates = {
  OR: [
    { state: { in: ["active", "compromised"] }, expiresOn: { not: null } },
    { state: "active", rotationDueOn: { not: null } },
  ],
} satisfies Prisma.TokenWhereInput;

async function feedFor(kind: FeedKind, key: string): Promise<{ name: string; where: Prisma.TokenWhereInput } | null> {
  if (kind === "person") {
    const person = await db.user.findUnique({
      where: { calendarKey: key },
      select: { id: true, name: true, active: true },
    });
    if (!person?.active) return null;
    return {
      name: `Tokenbook: expiry and rotation dates for ${person.name}`,
      where: { OR: [{ ownerId: person.id }, { backupId: person.id }] },
    };
  }
  // A team with nobody active left has nobody entitled to its feed (its last members may have left with the address).
  const team = await db.team.findFirst({
    where: { calendarKey: key, members: { some: { active: true } } },
    select: { id: true, name: true },
  });
  return team && { name: `Tokenbook: ${team.name} expiry and rotation dates`, where: { teamId: team.id } };
}

/**
 * The ICS text of a feed, or null when no feed has this key. Calendar apps cannot sign in, so the
 * unguessable key in the address is the credential; unknown keys are not audited, as guessing
 * 256-bit keys is hopeless and logging every try would only let strangers fill the audit log.
 */
export async function readCalendarFeed(kind: FeedKind, key: string): Promise<string | null> {
  if (!looksLikeCalendarKey(key)) return null;
  const feed = await feedFor(kind, key);
  if (!feed) return null;
  const tokens = await db.token.findMany({
    where: { AND: [withFeedDates, feed.where] },
    select: feedTokenSelect,
    orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
  });
  return buildCalendarFeed(feed.name, tokens);
}
