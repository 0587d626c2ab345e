import { stringify } from "csv-stringify/sync";
import { expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { exportTokensCsv } from "@/lib/tokens/export-tokens-csv";
import { exportTokensXlsx } from "@/lib/tokens/export-tokens-xlsx";
import { zipParts } from "@/testing/spreadsheet-files";
import { sheetHeader } from "@/testing/token-sheet";
import { readSpreadsheetFile } from "./read-spreadsheet-file";
import { createPerson } from "@/prisma/factories";
import { importTokens } from "./import-tokens";
import { readImportFile } from "./preview-import";

const now = new Date("2026-11-29T12:00:00Z");

it("an export imports back unchanged on an empty inventory, formula-looking names still escaped", async () => {
  const admin = await createPerson({ role: "admin" });
  const actor: Actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  const [owner, backup] = await Promise.all(
    ["round.owner", "round.backup"].map((name) => createPerson({ role: "editor", email: `${name}@example.test` })),
  );
  const header = sheetHeader({ extra: ["tags", "notes"] });
  const rows = [
    [
      '=HYPERLINK("x")',
      "HubSpot",
      "production",
      "Reports",
      "Weekly report; Board",
      "1Password",
      owner.email,
      backup.email,
      "2027-01-31",
      "high",
      "marketing",
      "-2 days left",
    ],
    ["Bank feed", "Xero", "staging", "Bank lines", "", "Vault", owner.email, "", "never", "low", "", ""],
  ];
  const asFile = (text: string) => readImportFile(actor, { name: "tokens.csv", bytes: new TextEncoder().encode(text) });
  const importText = async (text: string) => {
    const file = await asFile(text);
    await importTokens(actor, { fileName: file.fileName, csvText: file.csvText, mapping: file.mapping }, now);
  };
  const exported = async () =>
    new TextDecoder().decode(await new Response(await exportTokensCsv(actor, {}, now)).arrayBuffer());

  await importText(stringify([header, ...rows]));
  const first = await exported();
  expect(first).toContain(`"'=HYPERLINK(""x"")"`);
  await db.token.deleteMany({});
  await importText(first);
  const second = await exported();
  expect(second).toBe(first);
  expect((await db.token.findFirstOrThrow({ where: { service: "HubSpot" } })).name).toBe('=HYPERLINK("x")');
});

it("an Excel export imports back unchanged on an empty inventory, formula-looking names kept as text cells, never formulas", async () => {
  const admin = await createPerson({ role: "admin" });
  const actor: Actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  const [owner, backup] = await Promise.all(
    ["xlsx.owner", "xlsx.backup"].map((name) => createPerson({ role: "editor", email: `${name}@example.test` })),
  );
  const csv = stringify([
    sheetHeader({ extra: ["issuedOn", "tags", "notes"] }),
    [
      '=HYPERLINK("x")',
      "HubSpot",
      "production",
      "Reports",
      "Weekly report; Board",
      "1Password",
      owner.email,
      backup.email,
      "2026-01-15",
      "2027-01-31",
      "high",
      "marketing",
      "+1 line\nsecond line",
    ],
    ["Bank feed", "Xero", "staging", "Bank lines", "", "Vault", owner.email, "", "", "never", "low", "", ""],
  ]);
  const importFile = async (name: string, bytes: Uint8Array) => {
    const file = await readImportFile(actor, { name, bytes });
    await importTokens(
      actor,
      { fileName: file.fileName, csvText: file.csvText, lines: file.lines, mapping: file.mapping },
      now,
    );
  };
  await db.token.deleteMany({});
  await importFile("tokens.csv", new TextEncoder().encode(csv));
  const first = await exportTokensXlsx(actor, {}, now);
  await db.token.deleteMany({});
  await importFile("tokens.xlsx", first);
  const second = await exportTokensXlsx(actor, {}, now);

  const [firstParts, secondParts] = await Promise.all([zipParts(first), zipParts(second)]);
  expect(secondParts).toEqual(firstParts);
  const sheet = firstParts["xl/worksheets/sheet1.xml"];
  expect(sheet).not.toMatch(/<f[ >]/);
  expect(firstParts["xl/sharedStrings.xml"]).toContain("=HYPERLINK(&quot;x&quot;)");
  const { table } = await readSpreadsheetFile({ name: "again.xlsx", bytes: second });
  expect(table.rows[0].cells.slice(0, 2)).toEqual(['=HYPERLINK("x")', "HubSpot"]);
  expect(table.rows.map((row) => row.cells[table.headers.indexOf("Expires on")])).toEqual(["2027-01-31", "never"]);
  const saved = await db.token.findFirstOrThrow({ where: { service: "HubSpot" } });
  expect([saved.name, saved.notes]).toEqual(['=HYPERLINK("x")', "+1 line\nsecond line"]);
});
