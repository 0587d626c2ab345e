import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { createPerson } from "@/prisma/factories";
import { daysFromNow, isoDay, shownDay } from "@/testing/dates";
import { xlsxFile } from "@/testing/spreadsheet-files";
import { guessColumns } from "./guess-columns";
import { importTokens } from "./import-tokens";
import { previewImport, readImportFile } from "./preview-import";
import type { ImportRequest } from "./schema";

const asActor = (person: User): Actor => ({ id: person.id, email: person.email, name: person.name, role: person.role });
const csvBytes = (rows: string[][]) => new TextEncoder().encode(stringify(rows));
let admin: Actor, owner: User, backup: User;

beforeAll(async () => {
  admin = asActor(await createPerson({ role: "admin" }));
  owner = await createPerson({ role: "editor", email: "messy.owner@example.test" });
  backup = await createPerson({ role: "editor", email: "messy.backup@example.test" });
});

describe("matching columns by their names and by their values", () => {
  it("matches “Key owner”, “Backup person” and “Renew by”, and headers in other languages", () => {
    const fields = guessColumns(
      ["Key owner", "Backup person", "Renew by", "Dienst", "Umgebung", "Propriétaire"],
      [],
    ).map((guess) => guess.field);
    expect(fields).toEqual(["ownerEmail", "backupEmail", "expiresOn", "service", "environment", ""]);
  });

  it("matches owner and expiry from their values when no header says so, and says so", () => {
    const values = [
      ["Reports", "Sync"],
      ["finn@example.test", "mia@example.test"],
      ["31/12/2026", "N/A"],
      ["HubSpot", "Slack"],
    ];
    const guesses = guessColumns(["Thing", "Person", "When", "Vendor"], values);
    expect(guesses.map((guess) => guess.field)).toEqual(["", "ownerEmail", "expiresOn", "service"]);
    expect(guesses[1].hint).toBe("Guessed from its values: they are email addresses.");
  });

  it("asks which is which for two unnamed email columns, never guessing", () => {
    const guesses = guessColumns(["Person A", "Person B"], [["finn@example.test"], ["mia@example.test"]]);
    expect(guesses.map((guess) => guess.field)).toEqual(["", ""]);
    expect(guesses[0].hint).toMatch(/Choose whether they are the owners or the backups/);
  });
});

describe("a sheet as teams keep it", () => {
  const run = Math.random().toString(36).slice(2, 8);
  const header = [
    "Name",
    "Service",
    "Purpose",
    "Where stored",
    "Key owner",
    "Backup person",
    "Renew by",
    "Last rotated",
    "Criticality",
  ];
  const rows = () => [
    [
      `Expired key ${run}`,
      "HubSpot",
      "Reports",
      "1Password",
      owner.email,
      backup.email,
      isoDay(daysFromNow(-546)),
      "never",
      "high",
    ],
    [`Open key ${run}`, "Slack", "Digest", "1Password", owner.email, "", "N/A", "-", "low"],
    [
      `Good key ${run}`,
      "Xero",
      "Bank feed",
      "1Password",
      owner.email,
      backup.email,
      isoDay(daysFromNow(13)),
      "",
      "medium",
    ],
  ];
  const request = async (extra: Partial<ImportRequest>): Promise<ImportRequest> => {
    const file = await readImportFile(admin, { name: "team.csv", bytes: csvBytes([header, ...rows()]) });
    return { fileName: file.fileName, csvText: file.csvText, mapping: file.mapping, ...extra };
  };

  it("needs an Environment, taken from one value for every row", async () => {
    await expect(previewImport(admin, await request({ emptyExpiry: "doesNotExpire" }))).rejects.toMatchObject({
      fields: { mapping: expect.stringContaining("Environment") },
    });
    const preview = await previewImport(
      admin,
      await request({ emptyExpiry: "doesNotExpire", fixedValues: { environment: "production" } }),
    );
    expect(preview.rows.map((row) => row.environment)).toEqual(["production", "production", "production"]);
    expect(preview.problemCount).toBe(0);
  });

  it("says what “N/A” and “never” become, shows every expiry as read, and warns of expired tokens and missing backups", async () => {
    const preview = await previewImport(
      admin,
      await request({ emptyExpiry: "doesNotExpire", fixedValues: { environment: "production" } }),
    );
    const [expired, open, good] = preview.rows;
    expect(expired.expiry).toBe(`${shownDay(daysFromNow(-546))} (546 days ago)`);
    expect(expired.warnings.map((w) => w.text)).toEqual([
      "Already expired (546 days ago): it will be listed as expired at once.",
    ]);
    expect(expired.notes).toEqual(["“never” under Last rotated on: saved as “not rotated yet”."]);
    expect(open.expiry).toBe("Does not expire");
    expect(open.notes).toContain("“N/A” as the expiry: saved as “Does not expire”, as you chose.");
    expect(open.warnings.map((w) => w.kind)).toEqual(["doesNotExpire", "noBackup"]);
    expect(good).toMatchObject({
      expiry: `${shownDay(daysFromNow(13))} (in 13 days)`,
      warnings: [],
      backup: backup.email,
    });
  });

  it("lists “N/A” as needing a date when the person says the date is missing, and never reads it silently", async () => {
    const preview = await previewImport(
      admin,
      await request({ emptyExpiry: "needsDate", fixedValues: { environment: "production" } }),
    );
    expect(preview.rows[1].problems).toEqual([
      {
        column: "Renew by",
        field: "expiresOn",
        message: "“N/A” doesn't say when the token expires. Write the date, or “never” if it does not expire.",
      },
    ]);
    const unchosen = await previewImport(admin, await request({ fixedValues: { environment: "production" } }));
    expect(unchosen.problemCount).toBe(1);
  });

  it("imports it all and counts what needs attention", async () => {
    const summary = await importTokens(
      admin,
      await request({ emptyExpiry: "doesNotExpire", fixedValues: { environment: "production" } }),
    );
    expect(summary).toMatchObject({ count: 3, expired: 1, doesNotExpire: 1, noBackup: 1, withoutRunbook: 3 });
    const saved = await db.token.findFirstOrThrow({ where: { name: `Open key ${run}` } });
    expect(saved).toMatchObject({ environment: "production", expiresOn: null, lastRotatedOn: null, backupId: null });
  });

  it("gives an unknown owner's rows to someone already in Tokenbook, when the person picks them", async () => {
    const file = await readImportFile(admin, {
      name: "x.csv",
      bytes: csvBytes([
        header,
        [`Picked ${run}`, "Zapier", "Zaps", "Vault", "Gone@Example.test", "", "2027-03-01", "", "low"],
      ]),
    });
    const base = {
      fileName: file.fileName,
      csvText: file.csvText,
      mapping: file.mapping,
      fixedValues: { environment: "production" },
    };
    const before = await previewImport(admin, base);
    expect(before.unknownPeople).toEqual(["gone@example.test"]);
    const after = await previewImport(admin, { ...base, emailSubstitutes: { "gone@example.test": owner.email } });
    expect(after).toMatchObject({ problemCount: 0, unknownPeople: [] });
    expect(after.rows[0].owner).toBe(owner.email);
  });

  it("refuses a secret typed as the value for every row", async () => {
    const secret = ["ghp", "R8x2Kq9LmZ4vT7wB1nC5dF3gH6jP0sY2aE4u"].join("_");
    await expect(
      previewImport(admin, await request({ fixedValues: { environment: "production", team: secret } })),
    ).rejects.toMatchObject({
      fields: { "fixed.team": expect.stringContaining("looks like it contains the secret itself") },
    });
  });
});

describe("a sheet with a title and blank rows above the column names", () => {
  const run = Math.random().toString(36).slice(2, 8);
  const names = ["Name", "Service", "Environment", "Purpose", "Where stored", "Owner", "Backup", "Expires", "Priority"];
  const title = ["Marketing tokens — exported 3 Nov", ...names.slice(1).map(() => null)];
  const token = (name: string, ownerEmail: string) => [
    `${name} ${run}`,
    "HubSpot",
    "production",
    "Reports",
    "1Password",
    ownerEmail,
    backup.email,
    isoDay(daysFromNow(90)),
    "high",
  ];
  const tokens = (kind: string) => [token(`Titled ${kind}`, owner.email), token(`Ownerless ${kind}`, "")];
  const expectedMapping = [
    "name",
    "service",
    "environment",
    "purpose",
    "secretLocation",
    "ownerEmail",
    "backupEmail",
    "expiresOn",
    "criticality",
  ];

  it.each([
    ["CSV", "titled.csv", async () => csvBytes([title.map((cell) => cell ?? ""), [], names, ...tokens("csv")]), 4],
    [
      "Excel, the title merged across the columns",
      "titled.xlsx",
      async () => xlsxFile([title, [], names, ...tokens("xlsx")], { merge: ["A1:I1"] }),
      4,
    ],
  ])(
    "%s: matches every column and tells problems by the spreadsheet's own row numbers",
    async (_, name, make, line) => {
      const file = await readImportFile(admin, { name, bytes: await make() });
      expect(file.columns.map((column) => column.header)).toEqual(names);
      expect(file.mapping).toEqual(expectedMapping);
      expect(file.rowCount).toBe(2);
      const preview = await previewImport(admin, {
        fileName: file.fileName,
        csvText: file.csvText,
        lines: file.lines,
        mapping: file.mapping,
      });
      expect(preview.rows.map((row) => row.line)).toEqual([line, line + 1]);
      expect(preview.rows[0].problems).toEqual([]);
      expect(preview.rows[1].problems.map((problem) => problem.field)).toEqual(["ownerEmail"]);
    },
  );
});
