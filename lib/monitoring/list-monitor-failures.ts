import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

const reportedBy = { select: { name: true, owner: { select: { name: true } } } } as const;
const failureFields = { failingSince: true, detail: true, signalCount: true, lastSignalAt: true, reportedBy } as const;

/** What a token's page says while a monitor reports it failing; null when none does. */
export async function getMonitorFailure(actor: Actor | null, tokenId: string) {
  await authorize(actor, "token.view", isSignedIn, { type: "token", id: tokenId });
  return db.monitorFailure.findUnique({ where: { openTokenId: tokenId }, select: failureFields });
}

/** Every token a monitor now reports failing, longest first, for the home page. */
export async function listMonitorFailures(actor: Actor | null) {
  const reader = await authorize(actor, "incident.list", isSignedIn);
  const rows = await db.monitorFailure.findMany({
    where: { openTokenId: { not: null } },
    orderBy: { failingSince: "asc" },
    take: 20,
    select: {
      ...failureFields,
      token: { select: { id: true, name: true, service: true, ownerId: true, backupId: true } },
    },
  });
  return rows.map(({ token, ...failure }) => ({
    ...failure,
    token,
    mine: reader.role === "admin" || token.ownerId === reader.id || token.backupId === reader.id,
  }));
}

export type MonitorFailureView = NonNullable<Awaited<ReturnType<typeof getMonitorFailure>>>;
