import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { parseTokenListQuery } from "./list-query";
import { listTokens } from "./list-tokens";

// The filters a timeline cell's link uses, so the list shows exactly the tokens the cell counts.
const now = new Date("2026-12-05T10:00:00Z");

async function names(params: Record<string, string>) {
  const viewer = await createPerson({ role: "viewer" });
  const list = await listTokens(
    { id: viewer.id, email: viewer.email, name: viewer.name, role: viewer.role },
    parseTokenListQuery(params),
    now,
  );
  return list.rows.map((row) => row.name).sort();
}

it("team=none lists tokens of no team; as=owner leaves out the ones a person only backs up; use=in_use leaves out switched-off ones", async () => {
  const m = `m${randomBytes(4).toString("hex")}`;
  const team = await createTeam();
  const bea = await createPerson({ name: `Bea ${m}` });
  await createTokenRecord({ name: `${m} A owned, no team`, ownerId: bea.id });
  await createTokenRecord({ name: `${m} B owned, in a team`, ownerId: bea.id, teamId: team.id });
  await createTokenRecord({ name: `${m} C backed up, no team`, backupId: bea.id });
  await createTokenRecord({ name: `${m} D owned, revoked`, ownerId: bea.id, state: "revoked" });
  await createTokenRecord({ name: `${m} E owned, leaked`, ownerId: bea.id, state: "compromised" });

  expect(await names({ q: m, team: "none" })).toEqual([
    `${m} A owned, no team`,
    `${m} C backed up, no team`,
    `${m} D owned, revoked`,
    `${m} E owned, leaked`,
  ]);
  expect(await names({ q: m, owner: bea.id })).toHaveLength(5);
  expect(await names({ q: m, owner: bea.id, as: "owner" })).toEqual([
    `${m} A owned, no team`,
    `${m} B owned, in a team`,
    `${m} D owned, revoked`,
    `${m} E owned, leaked`,
  ]);
  expect(await names({ q: m, owner: bea.id, as: "owner", use: "in_use", team: "none" })).toEqual([
    `${m} A owned, no team`,
    `${m} E owned, leaked`,
  ]);
});
