import { listKeysOwnedBy } from "@/lib/api-keys/list-api-keys";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { tokenListSelect } from "@/lib/tokens/list-tokens";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { tokenStatus } from "@/lib/tokens/token-status";
import { heldTokensWhere } from "./held-tokens";

/**
 * The person leaving, the tokens they still answer for (most critical first), who could take them over, and their API
 * keys.
 */
export async function loadHandover(actor: Actor | null, personId: string, now = new Date()) {
  await authorize(actor, "person.view_handover", isAdmin, { type: "person", id: personId });
  const person = await db.user.findUnique({
    where: { id: personId },
    select: { id: true, name: true, email: true, active: true },
  });
  if (!person) throw new NotFoundError("That person no longer exists.");
  const [tokens, candidates, clock, apiKeys] = await Promise.all([
    db.token.findMany({
      where: heldTokensWhere(personId),
      select: tokenListSelect,
      orderBy: [{ criticality: "desc" }, { nameKey: "asc" }],
    }),
    // Viewers are offered too: choosing one asks the admin to make them an editor in the same step.
    db.user.findMany({
      where: { active: true, id: { not: personId } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true, role: true },
    }),
    readStatusClock(now),
    listKeysOwnedBy(personId, now),
  ]);
  return {
    person,
    candidates,
    apiKeys,
    tokens: tokens.map((token) => ({ ...token, status: tokenStatus(token, clock) })),
  };
}

export type Handover = Awaited<ReturnType<typeof loadHandover>>;
