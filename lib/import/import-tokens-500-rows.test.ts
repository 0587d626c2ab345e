// A 500-row spreadsheet with twenty bad rows: the preview names each, the import takes all or nothing; and who may
// import.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { createPerson } from "@/prisma/factories";
import { guessColumnMapping } from "./guess-columns";
import { importTokens } from "./import-tokens";
import { previewImport, readImportFile } from "./preview-import";
import { isoDay } from "@/testing/dates";
import {
  asActor,
  awsKey,
  bytes,
  environments,
  expiry,
  githubToken,
  goodRow,
  headers,
  people,
  request,
  type Row,
  services,
  setUpImportPeople,
  toCsv,
} from "@/testing/import-test-sheet";

beforeAll(setUpImportPeople);

/** Twenty bad rows of different kinds, by row index, with what the preview must say about each. */
const badRows: Record<number, { change: (row: Row) => void; column: string | null; says: RegExp }> = {
  3: { change: (r) => (r["Token name"] = ""), column: "Token name", says: /Enter a name/ },
  20: { change: (r) => (r.Vendor = " "), column: "Vendor", says: /Enter the service/ },
  41: { change: (r) => (r["Used for"] = ""), column: "Used for", says: /Enter what it is for/ },
  62: {
    change: (r) => (r["Owner e-mail"] = "nobody@example.test"),
    column: "Owner e-mail",
    says: /Nobody in Tokenbook has this email/,
  },
  83: {
    change: (r) => (r["Last rotated"] = "someday"),
    column: "Last rotated",
    says: /isn't a date Tokenbook can read/,
  },
  104: {
    change: (r) => (r["Owner e-mail"] = "leaver.import@example.test"),
    column: "Owner e-mail",
    says: /deactivated/,
  },
  125: {
    change: (r) => (r["Expiry date"] = "end of year"),
    column: "Expiry date",
    says: /isn't a date Tokenbook can read/,
  },
  146: {
    change: (r) => (r["Expiry date"] = "31/02/2026"),
    column: "Expiry date",
    says: /isn't a real date when read day first/,
  },
  167: {
    change: (r) =>
      Object.assign(r, { "Token name": "REPORT KEY 166", Vendor: services[166 % 5], Env: environments[166 % 6] }),
    column: "Token name",
    says: /Line 168 of this file already has/,
  },
  188: {
    change: (r) => Object.assign(r, { "Token name": "existing stripe key", Vendor: "stripe", Env: "Production" }),
    column: "Token name",
    says: /Tokenbook already has a token/,
  },
  209: {
    change: (r) => (r.Vault = `1Password, value ${githubToken}`),
    column: "Vault",
    says: /“Vault” looks like it contains the secret itself/,
  },
  230: {
    change: (r) => (r.Notes = `key is ${awsKey}`),
    column: "Notes",
    says: /“Notes” looks like it contains the secret itself/,
  },
  251: {
    change: (r) => (r["Console link"] = "http://app.example.com"),
    column: "Console link",
    says: /full https:\/\/ link/,
  },
  272: { change: (r) => (r.Env = "prodd"), column: "Env", says: /production, staging, development or test/ },
  293: { change: (r) => (r.Criticality = "urgent"), column: "Criticality", says: /low, medium, high or critical/ },
  314: {
    change: (r) => (r["Rotate every (days)"] = "1.5"),
    column: "Rotate every (days)",
    says: /whole number of days between 1 and 3650/,
  },
  335: { change: (r) => (r.Team = "Sales"), column: "Team", says: /no team with this name/ },
  356: {
    change: (r) => Object.assign(r, { Issued: "2027-01-01", "Expiry date": "2026-06-30" }),
    column: "Expiry date",
    says: /before the issue date/,
  },
  377: {
    change: (r) => (r.Deputy = "ghost@example.test"),
    column: "Deputy",
    says: /Nobody in Tokenbook has this email/,
  },
  398: { change: (r) => (r.Tags = "ok, not/ok"), column: "Tags", says: /Tags use letters/ },
};

const lineOf = (index: number) => index + 2;

function fileWith({ bad }: { bad: boolean }) {
  const rows = Array.from({ length: 500 }, (_, i) => goodRow(i));
  if (bad) for (const [index, { change }] of Object.entries(badRows)) change(rows[Number(index)]);
  return toCsv(rows);
}

describe("importing a 500-row spreadsheet", () => {
  it("guesses every column from the spreadsheet's own headers", () => {
    expect(guessColumnMapping(headers)).toEqual([
      "name",
      "service",
      "environment",
      "purpose",
      "dependents",
      "secretLocation",
      "scopes",
      "ownerEmail",
      "backupEmail",
      "team",
      "issuedOn",
      "expiresOn",
      "rotateEveryDays",
      "lastRotatedOn",
      "criticality",
      "consoleUrl",
      "tags",
      "notes",
    ]);
  });

  it("shows exactly the 20 bad rows, by line and column, and imports nothing", async () => {
    const csvText = fileWith({ bad: true });
    const started = performance.now();
    const preview = await previewImport(asActor(people.admin), request(csvText));
    console.info(`[import] preview of 500 rows: ${Math.round(performance.now() - started)} ms`);

    expect(preview).toMatchObject({ readyCount: 480, problemCount: 20 });
    expect(preview.rows).toHaveLength(500);
    const bad = preview.rows.filter((row) => row.problems.length > 0);
    expect(bad.map((row) => row.line)).toEqual(Object.keys(badRows).map((index) => lineOf(Number(index))));
    for (const row of bad) {
      const expected = badRows[row.line - 2];
      expect(row.problems, `line ${row.line}`).toHaveLength(1);
      expect(row.problems[0].column, `line ${row.line}`).toBe(expected.column);
      expect(row.problems[0].message, `line ${row.line}`).toMatch(expected.says);
    }

    const before = await db.token.count();
    await expect(importTokens(asActor(people.admin), request(csvText))).rejects.toThrow(
      "20 rows need fixing (first on line 5). Nothing was imported",
    );
    expect(await db.token.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: { in: ["token.imported", "import.completed"] } } })).toBe(0);
  });

  it("imports all 500 fixed rows at once, each audited, plus one summary", async () => {
    const csvText = fileWith({ bad: false });
    const started = performance.now();
    const result = await importTokens(asActor(people.admin), request(csvText, { fileName: "inventory.csv" }));
    console.info(`[import] check and import of 500 rows: ${Math.round(performance.now() - started)} ms`);

    expect(result.count).toBe(500);
    expect(await db.token.count({ where: { name: { startsWith: "Report key " } } })).toBe(500);
    expect(await db.auditEvent.count({ where: { action: "token.imported", actorId: people.admin.id } })).toBe(500);
    const summary = await db.auditEvent.findMany({ where: { action: "import.completed" } });
    expect(summary).toHaveLength(1);
    expect(summary[0].after).toEqual({ fileName: "inventory.csv", count: 500 });

    const token = await db.token.findFirstOrThrow({
      where: { name: "Report key 1" },
      include: { dependents: true, tags: true, owner: true, team: true },
    });
    expect(token).toMatchObject({
      service: "Stripe",
      environment: "production",
      criticality: "medium",
      rotateEveryDays: 90,
      team: { name: "Marketing Ops" },
    });
    expect(token.owner.email).toBe(people.owners[1].email);
    expect(token.expiresOn?.toISOString().slice(0, 10)).toBe(isoDay(expiry));
    expect(token.dependents.map((d) => d.name).sort()).toEqual(["Board dashboard", "Weekly report"]);
    expect(token.tags.map((t) => t.name).sort()).toEqual(["marketing", "reporting"]);
    expect((await db.token.findFirstOrThrow({ where: { name: "Report key 10" } })).expiresOn).toBeNull();

    const again = await previewImport(asActor(people.admin), request(csvText));
    expect(again.problemCount).toBe(500);
  });
});

describe("who may import, and secrets", () => {
  it("refuses a viewer at every step, on the server, and audits it", async () => {
    const viewer = asActor(await createPerson({ role: "viewer" }));
    const csvText = fileWith({ bad: false });
    await expect(readImportFile(viewer, { name: "t.csv", bytes: bytes(csvText) })).rejects.toThrow(ForbiddenError);
    await expect(previewImport(viewer, request(csvText))).rejects.toThrow(ForbiddenError);
    await expect(importTokens(viewer, request(csvText))).rejects.toThrow(ForbiddenError);
    expect(await db.auditEvent.count({ where: { actorId: viewer.id, action: "authorization.refused" } })).toBe(3);
  });

  it("refuses a secret pasted into any cell, naming the column and never repeating the value", async () => {
    const editor = asActor(people.owners[2]);
    const rows = [goodRow(900), goodRow(901)];
    rows[0].Scopes = githubToken;
    rows[1]["Token name"] = `HubSpot ${awsKey}`;
    const csvText = toCsv(rows);
    const summary = await readImportFile(editor, { name: "leak.csv", bytes: bytes(csvText) });
    const preview = await previewImport(editor, request(csvText));
    expect(preview.rows.map((row) => row.problems.map((p) => p.column))).toEqual([["Scopes"], ["Token name"]]);
    expect(preview.rows[1].name).toBe("(hidden: looks like a secret)");
    const error = await importTokens(editor, request(csvText)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);

    const everything = JSON.stringify([
      summary.columns,
      preview,
      (error as Error).message,
      (error as InvalidInputError).fields,
    ]);
    expect(everything).not.toContain(githubToken);
    expect(everything).not.toContain(awsKey);
    expect(await db.token.count({ where: { name: { contains: "HubSpot AKIA" } } })).toBe(0);
  });
});
