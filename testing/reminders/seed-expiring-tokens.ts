import { addDays } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";

type Person = { id: string };

/** For load tests: 20 editors; the first ten own tokens, the other ten back them up. */
export function createLoadTestPeople() {
  return Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      db.user.create({ data: { name: `Person ${index}`, email: `person-${index}@example.test`, role: "editor" } }),
    ),
  );
}

/**
 * `count` tokens that all expire on `expiresOn`, each with an owner and a backup from `people`, who
 * already had their 30-day reminders (see recordEarlierReminders).
 */
export async function createTokensExpiringTogether(people: Person[], count: number, expiresOn: Date) {
  const tokens = await db.token.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({
      name: `Key ${index}`,
      nameKey: `key ${index}`,
      service: "HubSpot",
      serviceKey: "hubspot",
      purpose: "Reports",
      environment: "production" as const,
      secretLocation: "1Password",
      ownerId: people[index % 10].id,
      backupId: people[10 + (index % 10)].id,
      expiresOn,
    })),
    select: { id: true, ownerId: true, backupId: true },
  });
  await recordEarlierReminders(tokens, expiresOn);
}

/**
 * As in an install that has been running: each token's owner and backup already had its 30-day
 * reminder, so each next step is one email per token (the first reminders of several tokens new to
 * a person come as one summary instead; see first-reminder-summary).
 */
export async function recordEarlierReminders(
  tokens: { id: string; ownerId: string; backupId: string | null }[],
  expiresOn: Date,
) {
  const earlier = addDays(expiresOn, -30);
  await db.reminderDelivery.createMany({
    data: tokens.flatMap((token) =>
      [token.ownerId, token.backupId].flatMap((recipientId) =>
        recipientId
          ? [
              {
                tokenId: token.id,
                kind: "expiry" as const,
                dueOn: expiresOn,
                step: "before-30",
                recipientId,
                status: "sent" as const,
                createdAt: earlier,
                sentAt: earlier,
              },
            ]
          : [],
      ),
    ),
  });
}
