// The people and records every row of the authorization table acts on, set up once per test file.
import { db } from "@/lib/db";
import { addDays, isoDay } from "@/lib/dates/calendar-day";
import { requireScope, type ApiNeed } from "@/lib/api/api-scopes";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { ApiKeyScopeName } from "@/lib/api-keys/scope-words";
import type { TokenInput } from "@/lib/tokens/schema";
import { createPerson, createTeam as createTeamRecord, createTokenRecord } from "@/prisma/factories";
import type { Actor } from "@/lib/auth/actor";

// Channel addresses are sealed with this key (read once, on the first call that needs it).
process.env.ENCRYPTION_KEY ??= "authorization-table-encryption-key-long-enough";

export type Who = "anonymous" | "viewer" | "editor (not owner)" | "editor (owner)" | "admin";
export const everyone: Who[] = ["anonymous", "viewer", "editor (not owner)", "editor (owner)", "admin"];
export const signedIn: Who[] = ["viewer", "editor (not owner)", "editor (owner)", "admin"];
export const editors: Who[] = ["editor (not owner)", "editor (owner)", "admin"];
export const ownersAndAdmins: Who[] = ["editor (owner)", "admin"];
export const admins: Who[] = ["admin"];

export type Row = { name: string; allowed: Who[]; call: (actor: Actor | null) => Promise<unknown> };

/** Filled in by setUpWorld before the rows run. */
export const given = {} as {
  actors: Record<Who, Actor | null>;
  target: { id: string };
  token: { id: string; name: string };
  team: { id: string };
  tableKeyId: string;
};

export const tokenInput = (): TokenInput => ({
  name: given.token.name,
  service: "HubSpot",
  purpose: "Weekly report",
  environment: "production",
  secretLocation: "1Password › Marketing vault",
  expiresOn: "2027-03-01",
  criticality: "medium",
  ownerId: given.actors["editor (owner)"]!.id,
  backupId: "none",
});

export const runbookSteps = {
  generateSteps: ["Make it"],
  replaceSteps: ["Put it in place"],
  verifySteps: ["Check it"],
  rollbackSteps: ["Put the old one back"],
};
export const ownedToken = () => createTokenRecord({ ownerId: given.actors["editor (owner)"]!.id });
export async function ownedTokenWithRunbook() {
  const fresh = await ownedToken();
  await db.runbook.create({ data: { tokenId: fresh.id, ...runbookSteps } });
  return fresh;
}
export async function practiceRun(ticked: boolean) {
  const fresh = await ownedToken();
  const checklist = [{ section: "generate", text: "Make it" }];
  return db.rotationRun.create({
    data: {
      tokenId: fresh.id,
      activeTokenId: fresh.id,
      kind: "practice",
      steps: { checklist, rollback: [] },
      startedById: given.actors["editor (owner)"]!.id,
      checks: ticked ? { create: { stepIndex: 0, checkedById: given.actors["editor (owner)"]!.id } } : undefined,
    },
  });
}

export const nextMonth = () => isoDay(addDays(new Date(), 30));
/**
 * An API call: the person acting through a key of the given scope, checked as the route checks it, then the domain
 * function.
 */
export const throughKey = async (actor: Actor | null, scope: ApiKeyScopeName, need: ApiNeed, attempted: string) =>
  requireScope(actor && { ...actor, apiKey: { id: given.tableKeyId, name: "table", scope } }, need, attempted);
export const apiKeyOfOwner = async () =>
  (
    await createApiKey(given.actors.admin, {
      name: "table key",
      scope: "read",
      expiresOn: nextMonth(),
      ownerId: given.actors["editor (owner)"]!.id,
    })
  ).apiKey;

export async function setUpWorld() {
  const [viewer, editor, owner, admin] = await Promise.all([
    createPerson({ role: "viewer" }),
    createPerson({ role: "editor" }),
    createPerson({ role: "editor" }),
    createPerson({ role: "admin" }),
  ]);
  given.target = await createPerson({ role: "viewer" });
  given.token = await createTokenRecord({ ownerId: owner.id });
  given.team = await createTeamRecord();
  given.actors = { anonymous: null, viewer, "editor (not owner)": editor, "editor (owner)": owner, admin };
  given.tableKeyId = (await apiKeyOfOwner()).id;
}
