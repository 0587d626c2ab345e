// The secret corpus is refused everywhere free text comes in, and never repeated back: token fields
// on create and update (lists and links too), CSV import cells, team names and invited people's names.
// (Runbook steps are covered with the runbooks.)
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { guessColumnMapping } from "@/lib/import/guess-columns";
import { previewImport, readImportFile } from "@/lib/import/preview-import";
import { invitePerson } from "@/lib/people/invite-person";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { ordinarySentences } from "@/lib/secrets/ordinary-sentences";
import { secretSamples } from "@/testing/secret-corpus";
import { createTeam } from "@/lib/teams/manage-teams";
import { createToken, updateToken } from "@/lib/tokens/save-token";
import type { TokenInput } from "@/lib/tokens/schema";
import { tokenCsvColumns } from "@/lib/tokens/token-csv-columns";
import { createPerson, createTokenRecord } from "@/prisma/factories";

let admin: Actor;
let tokenId: string;

const input = (): TokenInput => ({
  name: `Secret guard ${Math.random()}`,
  service: "HubSpot",
  purpose: "Weekly report",
  environment: "production",
  secretLocation: "1Password › Marketing vault",
  expiresOn: "2027-03-01",
  criticality: "medium",
  ownerId: admin.id,
  backupId: "none",
});

/** Every free-text part of a token, with the secret put where a person could paste it. */
const tokenPlaces: [string, (secret: string) => Partial<TokenInput>][] = [
  ...(["name", "service", "purpose", "secretLocation", "scopes", "notes"] as const).map(
    (field) => [field, (secret: string) => ({ [field]: secret })] as [string, (secret: string) => Partial<TokenInput>],
  ),
  ["dependents.0", (secret) => ({ dependents: [secret] })],
  ["tags.0", (secret) => ({ tags: [secret] })],
  [
    "consoleUrl",
    (secret) => ({
      consoleUrl: secret.startsWith("https://") ? secret : `https://console.example.com/keys?key=${secret}`,
    }),
  ],
];

async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

beforeAll(async () => {
  const person = await createPerson({ role: "admin" });
  admin = { id: person.id, email: person.email, name: person.name, role: "admin" };
  tokenId = (await createTokenRecord({ ownerId: person.id })).id;
});

describe.each(secretSamples)("$name", ({ text }) => {
  it.each(tokenPlaces)(
    "is refused in a token's %s, on create and on update, and not repeated",
    async (field, place) => {
      const tokensBefore = await db.token.count();
      for (const save of [
        () => createToken(admin, { ...input(), ...place(text) }),
        () => updateToken(admin, tokenId, { ...input(), ...place(text) }),
      ]) {
        const error = await refusal(save());
        expect(error.fields[field]).toMatch(/looks like it contains the secret itself/);
        expect(JSON.stringify(error)).not.toContain(text);
      }
      expect(await db.token.count()).toBe(tokensBefore);
    },
  );

  it("is refused in an import cell, masked in the column sample and never repeated in the preview", async () => {
    const row = Object.fromEntries(tokenCsvColumns.map(([key, header]) => [header, key === "notes" ? text : ""]));
    const csvText = stringify([row], { header: true, columns: tokenCsvColumns.map(([, header]) => header) });
    const file = await readImportFile(admin, { name: "tokens.csv", bytes: new TextEncoder().encode(csvText) });
    const notes = file.columns.find((column) => column.header === "Notes")!;
    expect(notes).toMatchObject({ looksSecret: true, sample: null });
    const mapping = guessColumnMapping(tokenCsvColumns.map(([, header]) => header));
    const preview = await previewImport(admin, { csvText, mapping });
    expect(preview.rows[0].problems.map((problem) => problem.message).join(" ")).toMatch(
      /“Notes” looks like it contains the secret itself/,
    );
    expect(JSON.stringify({ ...file, csvText: "" })).not.toContain(text);
    expect(JSON.stringify(preview)).not.toContain(text);
  });

  // Names get the quick check (the one forms run as you type); the slower full scan is kept for
  // token fields and import cells, where secrets are actually pasted.
  const quickCheckFinds = looksLikeSecret(text) !== null;

  it.runIf(quickCheckFinds && text.length <= 60)("is refused as a team name", async () => {
    expect((await refusal(createTeam(admin, { name: text }))).fields.name).toMatch(/secret itself/);
  });

  it.runIf(quickCheckFinds && text.length <= 100)("is refused as an invited person's name", async () => {
    const error = await refusal(
      invitePerson(admin, { name: text, email: `secret-${Math.random()}@example.test`, role: "viewer" }),
    );
    expect(error.fields.name).toMatch(/secret itself/);
  });
});

describe("after every refusal above", () => {
  afterAll(async () => {
    const rows = [...(await db.auditEvent.findMany()), ...(await db.token.findMany())];
    const stored = JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    for (const { name, text } of secretSamples) expect(stored.includes(text), name).toBe(false);
  });

  it.each(ordinarySentences)(
    "accepts the ordinary sentence %j in a token's notes and where the secret is stored",
    async (sentence) => {
      const token = await createToken(admin, { ...input(), notes: sentence, secretLocation: sentence.slice(0, 300) });
      expect(token.id).toBeTruthy();
    },
  );
});
