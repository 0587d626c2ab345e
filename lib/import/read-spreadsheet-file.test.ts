import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xlsxFile, zipBomb } from "@/testing/spreadsheet-files";
import { readSpreadsheetFile } from "./read-spreadsheet-file";

const header = ["Name", "Service", "Expires on", "What stops working"];
const read = (name: string, bytes: Uint8Array, sheet?: string) => readSpreadsheetFile({ name, bytes }, sheet);

describe("reading Excel workbooks", () => {
  it("reads date cells, a date-time, a serial number, a two-line cell, and skips blank and merged spacer rows, keeping Excel's row numbers", async () => {
    const file = await xlsxFile(
      [
        header,
        ["Reports key", "HubSpot", new Date(Date.UTC(2026, 11, 31)), "Weekly report\nBoard dashboard"],
        ["Sync key", "Slack", new Date(Date.UTC(2027, 0, 15, 14, 30)), ""],
        [null, null, null, null],
        ["— Finance —", null, null, null],
        ["Bank feed", "Xero", 46387, "Month end"],
      ],
      { merge: ["A5:D5"], dateFormats: { C3: "dd/mm/yyyy hh:mm" } },
    );
    const { table, lines, sheet } = await read("tokens.xlsx", file);
    expect(sheet).toEqual({ name: "Tokens", names: ["Tokens"] });
    expect(table.headers).toEqual(header);
    expect(table.rows).toEqual([
      { line: 2, cells: ["Reports key", "HubSpot", "2026-12-31", "Weekly report\nBoard dashboard"] },
      { line: 3, cells: ["Sync key", "Slack", "2027-01-15 14:30", ""] },
      { line: 5, cells: ["— Finance —", "", "", ""] },
      { line: 6, cells: ["Bank feed", "Xero", "46387", "Month end"] },
    ]);
    expect(lines).toEqual([2, 3, 5, 6]);
  });

  it("reads a cell showing an error (#N/A, or a formula's #DIV/0!) as that error, not as an empty cell", async () => {
    const file = await xlsxFile([
      header,
      ["Reports key", "HubSpot", { error: "#N/A" }, { formula: "1/0", result: { error: "#DIV/0!" } }],
    ]);
    const { table } = await read("tokens.xlsx", file);
    expect(table.rows).toEqual([{ line: 2, cells: ["Reports key", "HubSpot", "#N/A", "#DIV/0!"] }]);
  });

  it("reads the first sheet with anything in it, or the sheet asked for", async () => {
    const file = await xlsxFile([header, ["Reports key", "HubSpot", "2026-12-31", ""]], { before: [["Cover", []]] });
    expect((await read("t.xlsx", file)).sheet).toEqual({ name: "Tokens", names: ["Cover", "Tokens"] });
    await expect(read("t.xlsx", file, "Cover")).rejects.toThrow(/empty|no rows|header/);
  });
});

describe("reading CSV as Excel saves it", () => {
  const rows = [
    header,
    ["Reports key", "HubSpot", "31/12/2026", "Weekly report\nBoard dashboard"],
    ["Sync; nightly", "Slack", "2027-01-15", ""],
  ];

  it("reads Excel's “CSV (semicolon)” with its sep=; line exactly like CSV UTF-8 with a byte-order mark", async () => {
    const semicolon = `sep=;\r\n${stringify(rows, { delimiter: ";", record_delimiter: "windows", quoted_match: /\n/ })}`;
    const utf8 = `\uFEFF${stringify(rows)}`;
    const fromSemicolon = await read("tokens.csv", new TextEncoder().encode(semicolon));
    const fromUtf8 = await read("tokens.csv", new TextEncoder().encode(utf8));
    expect(fromSemicolon.table.headers).toEqual(header);
    expect(fromSemicolon.table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
    expect(fromSemicolon.table).toEqual(fromUtf8.table);
    expect(fromSemicolon.table.rows.map((row) => row.line)).toEqual([2, 4]);
  });
});

describe("finding the column names under titles, blank rows and separator rows", () => {
  const names = [
    "Name",
    "Service",
    "Environment",
    "Purpose",
    "What stops working",
    "Where the secret is stored",
    "Owner email",
    "Backup email",
    "Expires on",
    "Criticality",
  ];
  const token = [
    "Reports key",
    "HubSpot",
    "Production",
    "Weekly report",
    "Board dashboard",
    "1Password",
    "finn@example.test",
    "mia@example.test",
    "2027-03-01",
    "High",
  ];
  const csv = (above: string, delimiter = ",") => `${above}${stringify([names, token], { delimiter })}`;
  const readText = (text: string) => read("tokens.csv", new TextEncoder().encode(text));

  it.each([
    ["a title row and a row of separators", "Token inventory (exported 2026-11-30),,,,,,,,,\n,,,,,,,,,\n", 4],
    ["blank lines and a short row of separators", "\n\n,,,\n", 5],
    ["a row of only separators", ",,,,,,,,,\n", 3],
    ["a title without separators", "Marketing tokens — exported 3 Nov\n", 3],
  ])("skips %s above the column names and keeps the file's line numbers", async (_, above, line) => {
    const { table } = await readText(csv(above));
    expect(table).toEqual({ headers: names, rows: [{ line, cells: token }] });
  });

  it("finds the semicolon under blank lines and a title, as European Excel saves it", async () => {
    const { table } = await readText(csv("\nMarketing tokens, exported 3 Nov\n", ";"));
    expect(table).toEqual({ headers: names, rows: [{ line: 4, cells: token }] });
  });

  it("skips an Excel title merged across the columns and a blank row, keeping Excel's row numbers", async () => {
    const title = ["Marketing tokens — exported 3 Nov", ...names.slice(1).map(() => null)];
    const file = await xlsxFile([title, [], names, token, token.map((cell) => cell.replace("Reports", "Sync"))], {
      merge: ["A1:J1"],
    });
    const { table, lines } = await read("tokens.xlsx", file);
    expect(table.headers).toEqual(names);
    expect(table.rows.map((row) => row.cells[0])).toEqual(["Reports key", "Sync key"]);
    expect(lines).toEqual([4, 5]);
  });

  it("reads a workbook of 5,000 rows under a title and a blank row: only rows under the names count", async () => {
    const rows = Array.from({ length: 5000 }, (_, index) => [`Key ${index}`, "S", "2026-12-31"]);
    const file = await xlsxFile([["Marketing tokens"], [], names.slice(0, 3), ...rows]);
    const { table, lines } = await read("tokens.xlsx", file);
    expect(table.rows).toHaveLength(5000);
    expect(lines?.slice(0, 2)).toEqual([4, 5]);
  });

  it("keeps every column after a short row in the middle", async () => {
    const { table } = await readText(`${stringify([names, token])}Half key,Slack\n,,,\n${stringify([token])}`);
    expect(table.headers).toEqual(names);
    expect(table.rows).toEqual([
      { line: 2, cells: token },
      { line: 3, cells: ["Half key", "Slack", ...names.slice(2).map(() => "")] },
      { line: 5, cells: token },
    ]);
  });

  it("keeps a value past the named columns after the row's cells, for the check that flags it", async () => {
    const file = await xlsxFile([names.slice(0, 3), [...token.slice(0, 3), "Ask Finn first"], token.slice(0, 3)]);
    const { table } = await read("tokens.xlsx", file);
    expect(table.headers).toEqual(names.slice(0, 3));
    expect(table.rows.map((row) => row.cells)).toEqual([[...token.slice(0, 3), "Ask Finn first"], token.slice(0, 3)]);
  });

  it("reads a plain CSV and workbook as before: the first row names the columns", async () => {
    expect((await readText(csv(""))).table).toEqual({ headers: names, rows: [{ line: 2, cells: token }] });
    const { table, lines } = await read("tokens.xlsx", await xlsxFile([names, token]));
    expect(table).toEqual({ headers: names, rows: [{ line: 2, cells: token }] });
    expect(lines).toEqual([2]);
  });

  it("reads the same columns and rows under any 0–5 blank, separator or title rows", async () => {
    const title = fc.stringMatching(/^[A-Za-z0-9 —:;,.()-]{1,40}$/);
    const rowAbove = fc.oneof(
      fc.constantFrom("", "   ", ",,,", ",,,,,,,,,", ";;"),
      title.map((text) => stringify([[text]]).trimEnd()),
      title.map((text) => stringify([[text, ...names.slice(1).map(() => "")]]).trimEnd()),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(rowAbove, { maxLength: 5 }), async (above) => {
        const text = above.map((row) => `${row}\n`).join("") + stringify([names, token, token]);
        const { table } = await readText(text);
        const line = above.length + 2;
        expect(table).toEqual({
          headers: names,
          rows: [
            { line, cells: token },
            { line: line + 1, cells: token },
          ],
        });
      }),
    );
  });
});

describe("hostile files get a plain message, never a crash", () => {
  it.each([
    [
      "a damaged workbook",
      "t.xlsx",
      async () => (await xlsxFile([header, ["a", "b", "c", "d"]])).subarray(0, 900),
      /isn't an Excel workbook that can be opened/,
    ],
    [
      "a text file renamed .xlsx",
      "t.xlsx",
      async () => new TextEncoder().encode("hello, world"),
      /name ends in .xlsx, but it isn't an Excel workbook/,
    ],
    [
      "a PDF renamed .xlsx",
      "t.xlsx",
      async () => new TextEncoder().encode("%PDF-1.7\n\u0000\u0001"),
      /isn't an Excel workbook/,
    ],
    [
      "an Excel 97 file",
      "t.xls",
      async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      /older Excel file \(\.xls\) or has a password/,
    ],
    [
      "a 1 MB zip that unpacks to 2 GB",
      "t.xlsx",
      async () => zipBomb({ megabytes: 1024, parts: 2 }),
      /unpacks to more than 50 MB/,
    ],
    [
      "a zip that lies about its sizes",
      "t.xlsx",
      async () => zipBomb({ megabytes: 60, parts: 1, declaredBytes: 1024 }),
      /isn't an Excel workbook that can be opened/,
    ],
    [
      "a workbook of 5,001 rows",
      "t.xlsx",
      async () => xlsxFile([header, ...Array.from({ length: 5001 }, (_, i) => [`Key ${i}`, "S", "2026-12-31", ""])]),
      /at most 5,000/,
    ],
  ])("%s", async (_, name, make, says) => {
    await expect(read(name, await make())).rejects.toThrow(says);
  });

  it("refuses a 2 GB zip bomb at once, keeping memory flat", async () => {
    const bomb = zipBomb({ megabytes: 1024, parts: 2 });
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await expect(read("bomb.xlsx", bomb)).rejects.toThrow(/unpacks to more than 50 MB/);
    const grewMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    console.info(
      `[import] ${(bomb.length / 1024 / 1024).toFixed(2)} MB zip declaring 2 GB refused in ${Math.round(performance.now() - started)} ms; memory grew ${grewMb.toFixed(1)} MB`,
    );
    expect(grewMb).toBeLessThan(50);
  });
});
