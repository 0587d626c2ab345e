import { randomBytes } from "node:crypto";

export type BenchData = { viewerSession: string; ownerSession: string; tokenId: string; seconds: number };

/** Demo tokens, and real database sessions (as a finished sign-in would leave) for a viewer and for the busiest owner. */
export async function seedBenchData(tokens: number, now: Date): Promise<BenchData> {
  const { seedDemo } = await import("@/prisma/seed/seed-demo");
  const { db } = await import("@/lib/db");
  const { demoPeople } = await import("@/prisma/seed/demo-data");
  const session = async (userId: string) => {
    const sessionToken = randomBytes(32).toString("hex");
    await db.session.create({ data: { sessionToken, userId, expires: new Date(now.getTime() + 24 * 3600_000) } });
    return sessionToken;
  };
  try {
    const summary = await seedDemo({ now, tokens });
    const viewer = await db.user.findUniqueOrThrow({ where: { email: demoPeople.liam.email } });
    const [busiest] = await db.token.groupBy({ by: ["ownerId"], _count: { _all: true }, orderBy: { _count: { ownerId: "desc" } }, take: 1 });
    const token = await db.token.findFirstOrThrow({ where: { state: "active", backupId: { not: null } }, orderBy: { nameKey: "asc" }, select: { id: true } });
    return { viewerSession: await session(viewer.id), ownerSession: await session(busiest.ownerId), tokenId: token.id, seconds: summary.seconds };
  } finally {
    await db.$disconnect();
  }
}
