import { randomBytes } from "node:crypto";
import { addDays, isoDay } from "@/lib/dates/calendar-day";

export type BenchData = {
  viewerSession: string;
  ownerSession: string;
  apiKey: string;
  tokenId: string;
  seconds: number;
};

/**
 * Demo tokens, and real database sessions (as a finished sign-in would leave) for a viewer and for the busiest owner.
 */
export async function seedBenchData(tokens: number, now: Date): Promise<BenchData> {
  const { seedDemo } = await import("@/prisma/seed/seed-demo");
  const { db } = await import("@/lib/db");
  const { demoPeople } = await import("@/prisma/seed/demo-data");
  const { createApiKey } = await import("@/lib/api-keys/create-api-key");
  const session = async (userId: string) => {
    const sessionToken = randomBytes(32).toString("hex");
    await db.session.create({ data: { sessionToken, userId, expires: new Date(now.getTime() + 24 * 3600_000) } });
    return sessionToken;
  };
  try {
    const summary = await seedDemo({ now, tokens });
    // As autovacuum leaves a live database: statistics, and the trigram indexes' pending entries
    // merged (a search otherwise reads them all: 165 ms instead of 0.3 ms at 100,000 tokens).
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const viewer = await db.user.findUniqueOrThrow({ where: { email: demoPeople.liam.email } });
    const [busiest] = await db.token.groupBy({
      by: ["ownerId"],
      _count: { _all: true },
      orderBy: { _count: { ownerId: "desc" } },
      take: 1,
    });
    const token = await db.token.findFirstOrThrow({
      where: { state: "active", backupId: { not: null } },
      orderBy: { nameKey: "asc" },
      select: { id: true },
    });
    // A read key of an admin, for the JSON API's list: it sees what the viewer's pages see.
    const admin = await db.user.findUniqueOrThrow({ where: { email: demoPeople.amara.email } });
    const expiresOn = isoDay(addDays(now, 30));
    const { key } = await createApiKey(admin, { name: "bench", scope: "read", expiresOn, ownerId: admin.id }, now);
    return {
      viewerSession: await session(viewer.id),
      ownerSession: await session(busiest.ownerId),
      apiKey: key,
      tokenId: token.id,
      seconds: summary.seconds,
    };
  } finally {
    await db.$disconnect();
  }
}
