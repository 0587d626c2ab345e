import { db } from "@/lib/db";

/** Channels Tokenbook stopped sending to, for the admins' banner and /api/health. Holds no address. */
export function listPausedChannels() {
  return db.notificationChannel.findMany({
    where: { pausedAt: { not: null } },
    orderBy: { pausedAt: "asc" },
    select: { name: true, pausedAt: true, pausedReason: true },
  });
}
