import { db } from "@/lib/db";

type Person = { id: string };

/** For load tests: 20 editors; the first ten own tokens, the other ten back them up. */
export function createLoadTestPeople() {
  return Promise.all(
    Array.from({ length: 20 }, (_, index) => db.user.create({ data: { name: `Person ${index}`, email: `person-${index}@example.test`, role: "editor" } })),
  );
}

/** `count` tokens that all expire on `expiresOn`, each with an owner and a backup from `people`. */
export async function createTokensExpiringTogether(people: Person[], count: number, expiresOn: Date) {
  await db.token.createMany({
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
  });
}
