import { dayNumber } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { xlsxFile, zipBomb, type SheetCell } from "@/testing/spreadsheet-files";
import { sheetHeader } from "@/testing/token-sheet";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { chooseFile, signInAdmin, xlsxType } from "./support/import-page";

// Excel workbooks as people keep them: date cells, several sheets, and files that only pretend to be one.

// Days since 30 Dec 1899, as Excel keeps a date.
const excelSerial = (date: Date) => dayNumber(date) - dayNumber(new Date(Date.UTC(1899, 11, 30)));

test("an Excel workbook with date cells, a date-time, a serial date, a spacer line and a two-line cell imports as it reads", async ({
  page,
}) => {
  await signInAdmin(page);
  const owner = await createPerson({ role: "editor", email: uniqueEmail("xlsx-owner") });
  const backup = await createPerson({ role: "editor", email: uniqueEmail("xlsx-backup") });
  const run = Math.random().toString(36).slice(2, 8);
  const [first, second, third] = [daysFromNow(40), daysFromNow(90), daysFromNow(200)];
  const row = (name: string, expiry: SheetCell, dependents: string): SheetCell[] => [
    `${name} ${run}`,
    "HubSpot",
    "Production",
    "Marketing reports",
    dependents,
    "1Password › Marketing",
    owner.email,
    backup.email,
    expiry,
    "high",
  ];
  const rows: SheetCell[][] = [
    sheetHeader(),
    row("Reports key", first, "Weekly report\nBoard dashboard"),
    row("Sync key", new Date(second.getTime() + 14.5 * 3_600_000), ""),
    [null, null, null, null, null, null, null, null, null, null],
    row("Forms key", excelSerial(third), "Lead forms"),
  ];
  await chooseFile(page, {
    name: "tokens.xlsx",
    mimeType: xlsxType,
    buffer: await xlsxFile(rows, { dateFormats: { I3: "dd/mm/yyyy hh:mm" } }),
  });

  const matchStep = page.getByRole("region", { name: "Step 2: Match your columns" });
  await expect(matchStep).toContainText("We read 3 rows from tokens.xlsx, sheet “Tokens”.", { timeout: 30_000 });
  await expect(matchStep.getByLabel("Column “Expires on”")).toHaveValue("expiresOn");
  await matchStep.getByRole("button", { name: "Check the rows" }).click();

  const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
  await expect(checkStep.getByRole("status")).toHaveText("3 rows ready, 0 need fixing.");
  const rowsShown = checkStep.getByRole("region", { name: "Every row of the file" });
  await expect(rowsShown.getByRole("row", { name: /^5 / })).toContainText(`Forms key ${run}`);
  await checkStep.getByRole("button", { name: "Import 3 tokens" }).click();
  await expect(page.getByRole("heading", { name: "Imported 3 tokens" })).toBeVisible();

  const imported = await db.token.findMany({
    where: { name: { endsWith: ` ${run}` } },
    include: { dependents: { orderBy: { position: "asc" } } },
    orderBy: { name: "asc" },
  });
  expect(
    imported.map((token) => [
      token.name,
      token.expiresOn && isoDay(token.expiresOn),
      token.dependents.map((d) => d.name),
    ]),
  ).toEqual([
    [`Forms key ${run}`, isoDay(third), ["Lead forms"]],
    [`Reports key ${run}`, isoDay(first), ["Weekly report", "Board dashboard"]],
    [`Sync key ${run}`, isoDay(second), []],
  ]);
});

test("a workbook with a cover sheet: the person picks the sheet that holds the tokens", async ({ page }) => {
  await signInAdmin(page);
  const [finn, mia] = [uniqueEmail("cover-finn"), uniqueEmail("cover-mia")];
  const cover: SheetCell[][] = [["Our API tokens"], ["Kept by the ops team"]];
  const tokens: SheetCell[][] = [
    ["Name", "Service", "Owner email"],
    ["Reports key", "HubSpot", finn],
    ["Sync key", "Slack", mia],
  ];
  await chooseFile(page, {
    name: "book.xlsx",
    mimeType: xlsxType,
    buffer: await xlsxFile(tokens, { before: [["Cover", cover]] }),
  });
  const matchStep = page.getByRole("region", { name: "Step 2: Match your columns" });
  await expect(matchStep).toContainText("We read 1 row from book.xlsx, sheet “Cover”.", { timeout: 30_000 });
  await matchStep.getByLabel("Sheet to read").selectOption("Tokens");
  await expect(matchStep).toContainText("We read 2 rows from book.xlsx, sheet “Tokens”.", { timeout: 30_000 });
  await expect(matchStep.getByLabel("Column “Owner email”")).toHaveValue("ownerEmail");
});

test("hostile files get a plain message on the page: a zip bomb, a damaged workbook, a file renamed .xlsx", async ({
  page,
}) => {
  await signInAdmin(page);
  const chooseStep = page.getByRole("region", { name: "Step 1: Choose your spreadsheet" });
  const cases = [
    { buffer: zipBomb({ megabytes: 1024, parts: 2 }), says: "it unpacks to more than 50 MB" },
    {
      buffer: (await xlsxFile([["Name"], ["x"]])).subarray(0, 700),
      says: "isn't an Excel workbook that can be opened",
    },
    { buffer: Buffer.from("%PDF-1.7 not a sheet"), says: "its name ends in .xlsx, but it isn't an Excel workbook" },
  ];
  for (const { buffer, says } of cases) {
    await chooseFile(page, { name: "tokens.xlsx", mimeType: xlsxType, buffer });
    await expect(chooseStep.getByRole("alert")).toContainText(says);
  }
});
