import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** Channels as admins see them: the address only as its hint. */
export async function listChannels(actor: Actor | null) {
  await authorize(actor, "channel.list", isAdmin);
  const [channels, teams] = await Promise.all([
    db.notificationChannel.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        kind: true,
        urlHint: true,
        leakAlerts: true,
        pausedAt: true,
        pausedReason: true,
        failuresInARow: true,
        teams: { select: { name: true } },
      },
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, channelId: true } }),
  ]);
  return { channels, teams };
}
