import { randomBytes } from "node:crypto";

export type BenchData = { sessionToken: string; tokenId: string; seconds: number };

/** 10,000 demo tokens, and a real database session for a viewer (as a finished sign-in would leave). */
export async function seedBenchData(tokens: number, now: Date): Promise<BenchData> {
  const { seedDemo } = await import("@/prisma/seed/seed-demo");
  const { db } = await import("@/lib/db");
  const { demoPeople } = await import("@/prisma/seed/demo-data");
  try {
    const summary = await seedDemo({ now, tokens });
    const viewer = await db.user.findUniqueOrThrow({ where: { email: demoPeople.liam.email } });
    const sessionToken = randomBytes(32).toString("hex");
    await db.session.create({ data: { sessionToken, userId: viewer.id, expires: new Date(now.getTime() + 24 * 3600_000) } });
    const token = await db.token.findFirstOrThrow({ where: { state: "active", backupId: { not: null } }, orderBy: { nameKey: "asc" }, select: { id: true } });
    return { sessionToken, tokenId: token.id, seconds: summary.seconds };
  } finally {
    await db.$disconnect();
  }
}
