import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revokeTokenRecord } from "@/lib/incidents/mark-revoked";
import { insertToken } from "@/lib/tokens/save-token";
import { noBackup, tokenInputSchema } from "@/lib/tokens/schema";
import { tokenWithRelations } from "@/lib/tokens/token-snapshot";
import { parseInput } from "@/lib/validation/parse-input";
import { apiKeyScopeLabels, type ApiKeyScopeName } from "./scope-words";

/** The service every API key's inventory token is filed under. */
export const apiKeyService = "Tokenbook API";
export const keyRevokedReason = "The API key was revoked in Tokenbook; it stopped working at once.";

type NewKey = { name: string; prefix: string; scope: ApiKeyScopeName; expiresOn: Date };
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Inside the key's transaction: the key's own token in the inventory, with the key's name, owner and
 * last day and the backup chosen, so it gets reminders like any token. A name another key's token
 * already has gets the key's prefix added, so re-issuing "ci-deploy" keeps its name.
 */
export async function insertKeyToken(
  tx: Prisma.TransactionClient,
  me: Actor,
  key: NewKey,
  owner: { id: string; name: string },
  backupId: string | null,
  now: Date,
) {
  const taken = await tx.token.count({
    where: { serviceKey: apiKeyService.toLowerCase(), environment: "production", nameKey: key.name.toLowerCase() },
  });
  const appUrl = env().APP_URL;
  const scope = apiKeyScopeLabels[key.scope];
  const input = parseInput(tokenInputSchema, {
    name: taken ? `${key.name} (${key.prefix}…)` : key.name,
    service: apiKeyService,
    purpose: `Lets an automation or monitor use Tokenbook's API as ${owner.name}. ${scope.label}: ${scope.description}`,
    dependents: [],
    environment: "production",
    secretLocation: "With the automation or monitor that uses it: Tokenbook shows a key once and keeps only its hash.",
    scopes: scope.label,
    ownerId: owner.id,
    backupId: backupId ?? noBackup,
    issuedOn: day(now),
    expiresOn: day(key.expiresOn),
    criticality: "medium",
    // The console where a new key is made; only an https address is a valid console link.
    consoleUrl: appUrl.startsWith("https://") ? `${appUrl}/profile` : undefined,
    notes: `API key ${key.prefix}… To replace it: make a new key on the Profile page, put it in place, then revoke this one.`,
  });
  return insertToken(tx, me, input);
}

/** Inside the revoke's transaction: the key's inventory token is marked revoked too (once). */
export async function revokeKeyToken(tx: Prisma.TransactionClient, me: Actor, tokenId: string | null, now: Date) {
  if (!tokenId) return null;
  const before = await tx.token.findUnique({ where: { id: tokenId }, include: tokenWithRelations });
  if (!before || before.state === "revoked" || before.state === "retired") return null;
  return revokeTokenRecord(tx, me, before, keyRevokedReason, now);
}
