import type { Actor } from "@/lib/auth/actor";
import { startOfUtcDay } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { apiKeyPrefix, hashApiKey } from "./key-material";

/** How often "last used" is written for a busy key: once a minute is enough to answer "is it in use?". */
const lastUsedEveryMs = 60_000;

export const unknownKeyMessage =
  "This API key is not valid: it may be mistyped, revoked, expired, or its owner has left. Ask for a new key.";

/**
 * The person a request's key acts for, with their current role. The key, its expiry, revocation
 * and its owner being active are checked in one query on every call, so a change takes effect at once.
 */
export async function authenticateApiKey(
  key: string,
  from: { ipAddress: string; userAgent: string | null },
  now = new Date(),
): Promise<Actor> {
  if (!key.startsWith(apiKeyPrefix) || key.length > 200) throw new UnauthenticatedError(unknownKeyMessage);
  const found = await db.apiKey.findFirst({
    where: {
      keyHash: hashApiKey(key),
      revokedAt: null,
      expiresOn: { gte: startOfUtcDay(now) },
      owner: { active: true },
    },
    include: { owner: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!found) throw new UnauthenticatedError(unknownKeyMessage);
  if (
    !found.lastUsedAt ||
    now.getTime() - found.lastUsedAt.getTime() > lastUsedEveryMs ||
    found.lastUsedFrom !== from.ipAddress
  ) {
    await db.apiKey.update({ where: { id: found.id }, data: { lastUsedAt: now, lastUsedFrom: from.ipAddress } });
  }
  return {
    ...found.owner,
    ipAddress: from.ipAddress,
    userAgent: from.userAgent,
    apiKey: { id: found.id, name: found.name, scope: found.scope },
  };
}
