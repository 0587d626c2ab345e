import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import type { User } from "@/lib/generated/prisma/client";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { guessColumnMapping } from "./guess-columns";
import { importTokens } from "./import-tokens";
import { previewImport, readImportFile } from "./preview-import";
import { decodeCsvFile, readCsv } from "./read-csv";
import type { ImportRequest } from "./schema";
import { dayFirst, daysFromNow, isoDay, shownDay } from "@/testing/dates";

// Expiry dates relative to today, so no row turns "already expired" as the calendar moves on.
const expiry = daysFromNow(200);
const fixedExpiry = daysFromNow(230);

const asActor = (person: User): Actor => ({ id: person.id, email: person.email, name: person.name, role: person.role });
const bytes = (text: string) => new TextEncoder().encode(text);
// Built at run time so no scanner mistakes this test file for a leak.
const githubToken = ["ghp", "R8x2Kq9LmZ4vT7wB1nC5dF3gH6jP0sY2aE4u"].join("_");
const awsKey = ["AKIA", "IOSFODNN7EXAMPLQ"].join("");

const headers = [
  "Token name",
  "Vendor",
  "Env",
  "Used for",
  "What breaks",
  "Vault",
  "Scopes",
  "Owner e-mail",
  "Deputy",
  "Team",
  "Issued",
  "Expiry date",
  "Rotate every (days)",
  "Last rotated",
  "Criticality",
  "Console link",
  "Tags",
  "Notes",
];
type Row = Record<string, string>;

let admin: User, owners: User[];

beforeAll(async () => {
  admin = await createPerson({ role: "admin", email: "ada.admin@example.test" });
  owners = await Promise.all(
    ["finn", "mia", "oli"].map((name) => createPerson({ role: "editor", email: `${name}.import@example.test` })),
  );
  await createPerson({ role: "editor", email: "leaver.import@example.test", active: false });
  await createTeam("Marketing Ops");
  await createTokenRecord({
    name: "Existing Stripe key",
    service: "Stripe",
    environment: "production",
    ownerId: owners[0].id,
  });
});

const services = ["HubSpot", "Stripe", "Slack", "Google Analytics", "Xero"];
const environments = ["Production", "prod", "staging", "dev", "test", "live"];

function goodRow(i: number): Row {
  return {
    "Token name": `Report key ${i}`,
    Vendor: services[i % services.length],
    Env: environments[i % environments.length],
    "Used for": `Pulls numbers for report ${i}, weekly`,
    "What breaks": "Weekly report; Board dashboard",
    Vault: "1Password › Marketing vault",
    Scopes: "read-only",
    "Owner e-mail": owners[i % 3].email.toUpperCase(),
    Deputy: owners[(i + 1) % 3].email,
    Team: i % 2 ? "marketing ops" : "",
    Issued: "2026-01-15",
    "Expiry date": i % 10 === 0 ? "Never" : dayFirst(expiry),
    "Rotate every (days)": i % 4 ? "90" : "",
    "Last rotated": "",
    Criticality: ["low", "Medium", "HIGH", "critical"][i % 4],
    "Console link": "https://app.example.com/settings/keys",
    Tags: "marketing, reporting",
    Notes: "",
  };
}

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

const toCsv = (rows: Row[]) => stringify(rows, { header: true, columns: headers });
const lineOf = (index: number) => index + 2;

function fileWith({ bad }: { bad: boolean }) {
  const rows = Array.from({ length: 500 }, (_, i) => goodRow(i));
  if (bad) for (const [index, { change }] of Object.entries(badRows)) change(rows[Number(index)]);
  return toCsv(rows);
}

const request = (csvText: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  fileName: "tokens.csv",
  csvText,
  mapping: guessColumnMapping(readCsv(csvText).headers),
  dateOrder: "dmy",
  ...extra,
});

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
    const preview = await previewImport(asActor(admin), request(csvText));
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
    await expect(importTokens(asActor(admin), request(csvText))).rejects.toThrow(
      "20 rows need fixing (first on line 5). Nothing was imported",
    );
    expect(await db.token.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: { in: ["token.imported", "import.completed"] } } })).toBe(0);
  });

  it("imports all 500 fixed rows at once, each audited, plus one summary", async () => {
    const csvText = fileWith({ bad: false });
    const started = performance.now();
    const result = await importTokens(asActor(admin), request(csvText, { fileName: "inventory.csv" }));
    console.info(`[import] check and import of 500 rows: ${Math.round(performance.now() - started)} ms`);

    expect(result.count).toBe(500);
    expect(await db.token.count({ where: { name: { startsWith: "Report key " } } })).toBe(500);
    expect(await db.auditEvent.count({ where: { action: "token.imported", actorId: admin.id } })).toBe(500);
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
    expect(token.owner.email).toBe(owners[1].email);
    expect(token.expiresOn?.toISOString().slice(0, 10)).toBe(isoDay(expiry));
    expect(token.dependents.map((d) => d.name).sort()).toEqual(["Board dashboard", "Weekly report"]);
    expect(token.tags.map((t) => t.name).sort()).toEqual(["marketing", "reporting"]);
    expect((await db.token.findFirstOrThrow({ where: { name: "Report key 10" } })).expiresOn).toBeNull();

    const again = await previewImport(asActor(admin), request(csvText));
    expect(again.problemCount).toBe(500);
  });
});

describe("reading files as spreadsheets save them", () => {
  const header =
    "Name;Service;Environment;Purpose;What stops working;Where the secret is stored;Owner email;Expires on;Criticality";

  it("reads a BOM, semicolons, CRLF and quoted values spanning lines, keeping each row's own line number", async () => {
    const owner = owners[0].email;
    const text = [
      `\uFEFF${header}`,
      `"Sync; nightly";Slack;production;"Posts the sales digest";"Sales digest\r\nOps channel";1Password;${owner};2026-12-31;high`,
      "",
      `Bank feed;Xero;production;"Pulls ""bank"" lines";Month end;Vault;${owner};;low`,
    ].join("\r\n");
    const summary = await readImportFile(asActor(admin), { name: "semi.csv", bytes: bytes(text) });
    expect(summary.columns.map((c) => c.header)[0]).toBe("Name");
    expect(summary.mapping).not.toContain("");
    const preview = await previewImport(asActor(admin), {
      fileName: "semi.csv",
      csvText: summary.csvText,
      mapping: summary.mapping,
    });
    expect(preview.rows.map((row) => [row.line, row.name])).toEqual([
      [2, "Sync; nightly"],
      [5, "Bank feed"],
    ]);
    expect(preview.rows[0].problems).toEqual([]);
    expect(preview.rows[1].problems).toEqual([
      {
        column: "Expires on",
        field: "expiresOn",
        message: "An empty cell doesn't say when the token expires. Write the date, or “never” if it does not expire.",
      },
    ]);

    const fixed = summary.csvText.replace(";;low", ";never;low");
    await importTokens(asActor(admin), { fileName: "semi.csv", csvText: fixed, mapping: summary.mapping });
    const sync = await db.token.findFirstOrThrow({
      where: { name: "Sync; nightly" },
      include: { dependents: { orderBy: { position: "asc" } } },
    });
    expect(sync.dependents.map((d) => d.name)).toEqual(["Sales digest", "Ops channel"]);
    expect((await db.token.findFirstOrThrow({ where: { name: "Bank feed" } })).purpose).toBe('Pulls "bank" lines');
  });

  it("asks the date order instead of guessing, then reads 03/04/2026 as the person said", async () => {
    const csv = (name: string) =>
      `${header.replaceAll(";", ",")}\nDate ${name},Zapier,production,Automations,,Vault,${owners[1].email},03/04/2026,low\n`;
    const summary = await readImportFile(asActor(admin), { name: "dates.csv", bytes: bytes(csv("check")) });
    expect(summary.dateExample).toEqual({ value: "03/04/2026", line: 2 });

    await expect(
      previewImport(asActor(admin), { csvText: csv("none"), mapping: summary.mapping, dateOrder: "" }),
    ).rejects.toMatchObject({
      fields: { dateOrder: expect.stringMatching(/day or the month comes first/) },
    });
    await importTokens(asActor(admin), { csvText: csv("dmy"), mapping: summary.mapping, dateOrder: "dmy" });
    await importTokens(asActor(admin), { csvText: csv("mdy"), mapping: summary.mapping, dateOrder: "mdy" });
    const expiry = async (name: string) =>
      (await db.token.findFirstOrThrow({ where: { name } })).expiresOn?.toISOString().slice(0, 10);
    expect(await expiry("Date dmy")).toBe("2026-04-03");
    expect(await expiry("Date mdy")).toBe("2026-03-04");
  });

  it("says in plain words why a file cannot be read, never failing with a server error", async () => {
    const read = (content: Uint8Array) => readImportFile(asActor(admin), { name: "x.csv", bytes: content });
    await expect(read(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(
      /isn.t an Excel workbook that can be opened/,
    );
    await expect(read(bytes(""))).rejects.toThrow(/empty/);
    await expect(read(bytes('Name,Service\n"Broken,Slack\n'))).rejects.toThrow(/never ends/);
    await expect(read(bytes("Name,Service\n"))).rejects.toThrow(/no rows/);
    await expect(read(bytes(`Name\n${"x\n".repeat(5001)}`))).rejects.toThrow(/at most 5,000/);
    await expect(read(new Uint8Array(2 * 1024 * 1024 + 1).fill(65))).rejects.toThrow(/larger than 2 MB/);
    expect(decodeCsvFile(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9]))).toBe("Name\nCafé");
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
    const editor = asActor(owners[2]);
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

describe("dates people really type", () => {
  it("reads 9999-12-31 and 31.12.9999 as “does not expire”, says so in the preview, and refuses years outside 1970–2199", async () => {
    const rows = [goodRow(700), goodRow(701), goodRow(702), goodRow(703)].map((row): Row => ({ ...row, Tags: "" }));
    rows[0]["Expiry date"] = "9999-12-31";
    rows[1]["Expiry date"] = "31.12.9999";
    rows[2]["Expiry date"] = "2300-01-01";
    rows[3]["Issued"] = "1901-01-01";
    rows[3]["Expiry date"] = isoDay(expiry);
    const csvText = toCsv(rows);
    // No date order chosen: 31.12.9999 means "never ends" whichever order the file uses.
    const preview = await previewImport(asActor(admin), request(csvText, { dateOrder: "" }));
    expect(preview.rows.map((row) => row.notes)).toEqual([
      [expect.stringContaining("saves it as “Does not expire”")],
      [expect.stringContaining("Does not expire")],
      [],
      [],
    ]);
    expect(preview.rows[2].problems).toEqual([
      {
        column: "Expiry date",
        field: "expiresOn",
        message: expect.stringContaining("outside the years Tokenbook accepts (between 1970 and 2199)"),
      },
    ]);
    expect(preview.rows[3].problems).toEqual([
      { column: "Issued", field: "issuedOn", message: expect.stringContaining("between 1970 and 2199") },
    ]);

    await importTokens(asActor(admin), request(toCsv(rows.slice(0, 2)), { dateOrder: "" }));
    const saved = await db.token.findMany({
      where: { name: { in: ["Report key 700", "Report key 701"] } },
      select: { expiresOn: true },
    });
    expect(saved).toEqual([{ expiresOn: null }, { expiresOn: null }]);
  });
});

describe("fixing rows in the preview", () => {
  const fixNames = ["Report key 1200", "Report key 1201", "Report key 1202", "Report key 1203"];
  const fixRows = () => {
    const rows = [goodRow(1200), goodRow(1201), goodRow(1202), goodRow(1203)];
    rows[1]["Expiry date"] = "end of year";
    rows[2].Env = "prodd";
    rows[3].Deputy = rows[3]["Owner e-mail"].toLowerCase();
    return toCsv(rows);
  };

  it("a corrected cell is checked again at once; a skipped row is left out; nothing is imported while a row is bad", async () => {
    const csvText = fixRows();
    const first = await previewImport(asActor(admin), request(csvText));
    expect(first).toMatchObject({ readyCount: 2, problemCount: 2, skippedCount: 0 });
    expect(first.rows[1].cells).toEqual({ expiresOn: "end of year" });
    expect(first.rows[1].problems).toEqual([
      { column: "Expiry date", field: "expiresOn", message: expect.stringMatching(/isn't a date Tokenbook can read/) },
    ]);
    // Owner written as backup too: a warning, imported without a backup.
    expect(first.rows[3].problems).toEqual([]);
    expect(first.rows[3].warnings.map((warning) => warning.kind)).toEqual(["ownerIsBackup"]);

    const edits = [{ line: 3, field: "expiresOn" as const, value: dayFirst(fixedExpiry) }];
    const fixedOne = await previewImport(asActor(admin), request(csvText, { edits }));
    expect(fixedOne).toMatchObject({ readyCount: 3, problemCount: 1 });
    expect(fixedOne.rows[1].expiry.startsWith(shownDay(fixedExpiry))).toBe(true);
    await expect(importTokens(asActor(admin), request(csvText, { edits }))).rejects.toThrow(
      /1 row needs fixing \(first on line 4\)/,
    );
    expect(await db.token.count({ where: { name: { in: fixNames } } })).toBe(0);

    const secret = await previewImport(
      asActor(admin),
      request(csvText, { edits: [...edits, { line: 4, field: "environment", value: githubToken }] }),
    );
    expect(JSON.stringify(secret)).not.toContain(githubToken);
    expect(secret.rows[2].cells).toEqual({ environment: "" });

    const ready = request(csvText, { edits, skippedLines: [4] });
    expect(await previewImport(asActor(admin), ready)).toMatchObject({
      readyCount: 3,
      problemCount: 0,
      skippedCount: 1,
    });
    const summary = await importTokens(asActor(admin), ready);
    expect(summary).toMatchObject({ count: 3, skipped: 1, noBackup: 1 });
    const saved = await db.token.findMany({
      where: { name: { in: fixNames } },
      orderBy: { name: "asc" },
      select: { name: true, expiresOn: true, backupId: true },
    });
    expect(
      saved.map((token) => [token.name, token.expiresOn?.toISOString().slice(0, 10), token.backupId === null]),
    ).toEqual([
      ["Report key 1200", undefined, false],
      ["Report key 1201", isoDay(fixedExpiry), false],
      ["Report key 1203", isoDay(expiry), true],
    ]);
    const audited = await db.auditEvent.findFirstOrThrow({
      where: {
        action: "token.imported",
        recordId: (await db.token.findFirstOrThrow({ where: { name: "Report key 1201" } })).id,
      },
    });
    expect(audited.after).toMatchObject({
      name: "Report key 1201",
      expiresOn: isoDay(fixedExpiry),
      owner: owners[1].email,
      backup: owners[2].email,
      tags: ["marketing", "reporting"],
      team: "Marketing Ops",
      dependents: ["Weekly report", "Board dashboard"],
    });
  });

  it("warns of a possible duplicate of a token already in Tokenbook, by name and service in another environment or spelt a little differently", async () => {
    const rows = [goodRow(1301), goodRow(1302)];
    Object.assign(rows[0], { "Token name": "existing-stripe KEY", Vendor: "stripe", Env: "staging" });
    const preview = await previewImport(asActor(admin), request(toCsv(rows)));
    expect(preview.problemCount).toBe(0);
    expect(preview.rows[0].warnings).toEqual([
      {
        kind: "possibleDuplicate",
        text: expect.stringContaining("Possibly the same token as “Existing Stripe key” (Stripe, production)"),
      },
    ]);
    expect(preview.rows[1].warnings).toEqual([]);
  });
});
