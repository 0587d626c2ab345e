// Reading files as spreadsheets save them, and the dates people really type in them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importTokens } from "./import-tokens";
import { previewImport, readImportFile } from "./preview-import";
import { decodeCsvFile } from "./read-csv";
import { isoDay } from "@/testing/dates";
import {
  asActor,
  bytes,
  expiry,
  goodRow,
  people,
  request,
  type Row,
  setUpImportPeople,
  toCsv,
} from "@/testing/import-test-sheet";

beforeAll(setUpImportPeople);

describe("reading files as spreadsheets save them", () => {
  const header =
    "Name;Service;Environment;Purpose;What stops working;Where the secret is stored;Owner email;Expires on;Criticality";

  it("reads a BOM, semicolons, CRLF and quoted values spanning lines, keeping each row's own line number", async () => {
    const owner = people.owners[0].email;
    const text = [
      `\uFEFF${header}`,
      `"Sync; nightly";Slack;production;"Posts the sales digest";"Sales digest\r\nOps channel";1Password;${owner};2026-12-31;high`,
      "",
      `Bank feed;Xero;production;"Pulls ""bank"" lines";Month end;Vault;${owner};;low`,
    ].join("\r\n");
    const summary = await readImportFile(asActor(people.admin), { name: "semi.csv", bytes: bytes(text) });
    expect(summary.columns.map((c) => c.header)[0]).toBe("Name");
    expect(summary.mapping).not.toContain("");
    const preview = await previewImport(asActor(people.admin), {
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
    await importTokens(asActor(people.admin), { fileName: "semi.csv", csvText: fixed, mapping: summary.mapping });
    const sync = await db.token.findFirstOrThrow({
      where: { name: "Sync; nightly" },
      include: { dependents: { orderBy: { position: "asc" } } },
    });
    expect(sync.dependents.map((d) => d.name)).toEqual(["Sales digest", "Ops channel"]);
    expect((await db.token.findFirstOrThrow({ where: { name: "Bank feed" } })).purpose).toBe('Pulls "bank" lines');
  });

  it("asks the date order instead of guessing, then reads 03/04/2026 as the person said", async () => {
    const csv = (name: string) =>
      `${header.replaceAll(";", ",")}\nDate ${name},Zapier,production,Automations,,Vault,${people.owners[1].email},03/04/2026,low\n`;
    const summary = await readImportFile(asActor(people.admin), { name: "dates.csv", bytes: bytes(csv("check")) });
    expect(summary.dateExample).toEqual({ value: "03/04/2026", line: 2 });

    await expect(
      previewImport(asActor(people.admin), { csvText: csv("none"), mapping: summary.mapping, dateOrder: "" }),
    ).rejects.toMatchObject({
      fields: { dateOrder: expect.stringMatching(/day or the month comes first/) },
    });
    await importTokens(asActor(people.admin), { csvText: csv("dmy"), mapping: summary.mapping, dateOrder: "dmy" });
    await importTokens(asActor(people.admin), { csvText: csv("mdy"), mapping: summary.mapping, dateOrder: "mdy" });
    const expiry = async (name: string) =>
      (await db.token.findFirstOrThrow({ where: { name } })).expiresOn?.toISOString().slice(0, 10);
    expect(await expiry("Date dmy")).toBe("2026-04-03");
    expect(await expiry("Date mdy")).toBe("2026-03-04");
  });

  it("says in plain words why a file cannot be read, never failing with a server error", async () => {
    const read = (content: Uint8Array) => readImportFile(asActor(people.admin), { name: "x.csv", bytes: content });
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
    const preview = await previewImport(asActor(people.admin), request(csvText, { dateOrder: "" }));
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

    await importTokens(asActor(people.admin), request(toCsv(rows.slice(0, 2)), { dateOrder: "" }));
    const saved = await db.token.findMany({
      where: { name: { in: ["Report key 700", "Report key 701"] } },
      select: { expiresOn: true },
    });
    expect(saved).toEqual([{ expiresOn: null }, { expiresOn: null }]);
  });
});
