import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { parseInput } from "@/lib/validation/parse-input";
import { apiKeySnapshot, canManageApiKeys } from "./api-key-access";
import { insertKeyToken } from "./key-inventory-token";
import { generateApiKey } from "./key-material";
import { type CreateApiKeyInput, createApiKeySchema } from "./schema";
import { longestApiKeyDays } from "./scope-words";

const refused = (field: string, message: string) =>
  new InvalidInputError("Some details need fixing; no key was made.", { [field]: message });

function checkExpiry(expiresOn: string, now: Date) {
  const day = new Date(`${expiresOn}T00:00:00Z`);
  const today = startOfUtcDay(now);
  if (day < today) throw refused("expiresOn", "The last day must be today or later.");
  if (day > addDays(today, longestApiKeyDays))
    throw refused(
      "expiresOn",
      `A key may work for at most a year: choose a day up to ${longestApiKeyDays} days from today.`,
    );
  return day;
}

/**
 * Admins make keys for any active admin or editor; editors only for themselves. The key itself is
 * returned once, here, and only its hash is kept.
 */
export async function createApiKey(
  actor: Actor | null,
  input: Partial<Record<keyof CreateApiKeyInput, unknown>>,
  now = new Date(),
) {
  const me = await authorize(actor, "api_key.create", canManageApiKeys);
  await refuseSecrets([
    { field: "name", label: "Key name", value: typeof input?.name === "string" ? input.name : undefined },
  ]);
  const parsed = parseInput(createApiKeySchema, input);
  const expiresOn = checkExpiry(parsed.expiresOn, now);
  if (me.role !== "admin" && parsed.ownerId !== me.id)
    throw refused("ownerId", "Editors make keys for themselves; ask an admin to make one for someone else.");
  const owner = await db.user.findUnique({
    where: { id: parsed.ownerId },
    select: { id: true, name: true, active: true, role: true },
  });
  if (!owner) throw refused("ownerId", "Choose the owner from the list of people.");
  if (!owner.active) throw refused("ownerId", `${owner.name} is deactivated; choose someone else.`);
  if (owner.role === "viewer")
    throw refused("ownerId", `${owner.name} is a viewer; a key's owner must be an editor or admin.`);
  const { key, hash, prefix } = generateApiKey();
  // The key and its own token in the inventory are made together, or neither is.
  const saved = await db.$transaction(async (tx) => {
    const token = await insertKeyToken(
      tx,
      me,
      { name: parsed.name, prefix, scope: parsed.scope, expiresOn },
      owner,
      parsed.backupId,
      now,
    );
    const saved = await tx.apiKey.create({
      data: {
        name: parsed.name,
        prefix,
        keyHash: hash,
        scope: parsed.scope,
        ownerId: owner.id,
        createdById: me.id,
        expiresOn,
        tokenId: token.id,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      actor: me,
      action: "api_key.created",
      recordType: "api_key",
      recordId: saved.id,
      after: { ...apiKeySnapshot(saved), inventoryToken: token.name },
    });
    return saved;
  });
  return { key, apiKey: saved };
}
