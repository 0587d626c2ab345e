import { stringify } from "csv-stringify/sync";
import type { Page } from "@playwright/test";
import { dayNumber } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { daysFromNow, isoDay, shownDay } from "@/testing/dates";
import { xlsxFile, zipBomb, type SheetCell } from "@/testing/spreadsheet-files";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// Days since 30 Dec 1899, as Excel keeps a date.
const excelSerial = (date: Date) => dayNumber(date) - dayNumber(new Date(Date.UTC(1899, 11, 30)));

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooseStep = page.getByRole("region", { name: "Step 1: Choose your spreadsheet" });
  await chooseStep.getByLabel("Spreadsheet file (.xlsx or .csv)").setInputFiles(file);
  await chooseStep.getByRole("button", { name: "Read the file" }).click();
}

async function signInAdmin(page: Page) {
  const admin = await createPerson({ role: "admin" });
  await signInAs(page.context(), admin);
  await page.goto("/tokens/import");
  return admin;
}

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
    [
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
    ],
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
  const cover: SheetCell[][] = [["Our API tokens"], ["Kept by the ops team"]];
  const tokens: SheetCell[][] = [
    ["Name", "Service", "Owner email"],
    ["Reports key", "HubSpot", "finn@example.test"],
    ["Sync key", "Slack", "mia@example.test"],
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

test("the same sheet as Excel's “CSV (semicolon)” with sep=; and as CSV UTF-8 gives the same preview", async ({
  page,
}) => {
  await signInAdmin(page);
  const owner = await createPerson({ role: "editor", email: uniqueEmail("csv-owner") });
  const run = Math.random().toString(36).slice(2, 8);
  const rows = [
    [
      "Name",
      "Service",
      "Environment",
      "Purpose",
      "What stops working",
      "Where the secret is stored",
      "Owner email",
      "Expires on",
      "Criticality",
    ],
    [
      `Sync; nightly ${run}`,
      "Slack",
      "production",
      "Sales digest",
      "Digest\nOps channel",
      "Vault",
      owner.email,
      isoDay(daysFromNow(60)),
      "low",
    ],
    [
      `Bank feed ${run}`,
      "Xero",
      "production",
      "Bank lines",
      "Month end",
      "Vault",
      "nobody@example.test",
      isoDay(daysFromNow(30)),
      "high",
    ],
  ];
  const previewOf = async (name: string, text: string) => {
    await chooseFile(page, { name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await page
      .getByRole("region", { name: "Step 2: Match your columns" })
      .getByRole("button", { name: "Check the rows" })
      .click();
    const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
    await expect(checkStep.getByRole("status")).toHaveText("1 row ready, 1 needs fixing.");
    await checkStep.getByLabel("Show only the rows that need fixing").uncheck();
    const shown = await checkStep.getByRole("region", { name: "Every row of the file" }).innerText();
    await checkStep.getByRole("button", { name: "Choose the fixed file" }).click();
    return shown;
  };
  const semicolon = await previewOf(
    "semicolon.csv",
    `sep=;\r\n${stringify(rows, { delimiter: ";", record_delimiter: "windows", quoted_match: /\n/ })}`,
  );
  const utf8 = await previewOf("utf8.csv", `\uFEFF${stringify(rows)}`);
  expect(semicolon).toContain(`Sync; nightly ${run}`);
  expect(semicolon).toBe(utf8);
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

test("a team's sheet: no Environment column, its own headers, “N/A”, a long-expired date and an unknown owner invited from the preview", async ({
  page,
  mail,
}) => {
  await signInAdmin(page);
  const owner = await createPerson({ role: "editor", email: uniqueEmail("team-owner") });
  const backup = await createPerson({ role: "editor", email: uniqueEmail("team-backup") });
  const newcomer = uniqueEmail("team-newcomer");
  const run = Math.random().toString(36).slice(2, 8);
  const [longAgo, soon] = [daysFromNow(-546), daysFromNow(13)];
  const rows: SheetCell[][] = [
    ["Token", "Vendor", "Used for", "Vault", "Key owner", "Backup person", "Renew by", "Criticality"],
    [`Old key ${run}`, "HubSpot", "Reports", "1Password", owner.email, backup.email, longAgo, "high"],
    [`Open key ${run}`, "Slack", "Digest", "1Password", owner.email, null, "N/A", "low"],
    [`New key ${run}`, "Xero", "Bank feed", "1Password", newcomer, backup.email, soon, "medium"],
  ];
  await chooseFile(page, { name: "team.xlsx", mimeType: xlsxType, buffer: await xlsxFile(rows) });

  const matchStep = page.getByRole("region", { name: "Step 2: Match your columns" });
  await expect(matchStep.getByLabel("Column “Key owner”")).toHaveValue("ownerEmail", { timeout: 30_000 });
  await expect(matchStep.getByLabel("Column “Backup person”")).toHaveValue("backupEmail");
  await expect(matchStep.getByLabel("Column “Renew by”")).toHaveValue("expiresOn");
  await expect(matchStep.getByText(/no column is matched to it/)).toContainText("Environment");
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  await matchStep.getByLabel("Environment for every row").selectOption({ label: "Production" });
  await matchStep
    .getByLabel("What do the empty expiry cells mean? (1 row)")
    .selectOption({ label: "The token does not expire" });
  await matchStep.getByRole("button", { name: "Check the rows" }).click();

  const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
  await expect(checkStep.getByRole("status").first()).toHaveText("2 rows ready, 1 needs fixing.");
  await checkStep.getByLabel("Show only the rows that need fixing").uncheck();
  const table = checkStep.getByRole("region", { name: "Every row of the file" });
  await expect(table.getByRole("row", { name: /^2 / })).toContainText(`${shownDay(longAgo)} (546 days ago)`);
  await expect(table.getByRole("row", { name: /^2 / })).toContainText("Already expired (546 days ago)");
  await expect(table.getByRole("row", { name: /^3 / })).toContainText("Does not expire");
  await expect(table.getByRole("row", { name: /^3 / })).toContainText(
    "“N/A” as the expiry: saved as “Does not expire”, as you chose.",
  );
  await expect(table.getByRole("row", { name: /^4 / })).toContainText(`${shownDay(soon)} (in 13 days)`);
  await expect(table.getByRole("row", { name: /^4 / })).toContainText("Nobody in Tokenbook has this email address.");

  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  const invite = checkStep.getByRole("form", { name: `Invite ${newcomer}` });
  await invite.getByLabel(`Name of ${newcomer}`).fill("Nia Newcomer");
  await invite.getByRole("button", { name: `Invite ${newcomer}` }).click();
  await expect(checkStep.getByRole("status").first()).toHaveText("3 rows ready, 0 need fixing.", { timeout: 30_000 });
  await checkStep.getByRole("button", { name: "Import 3 tokens" }).click();

  const done = page.getByRole("region", { name: "Imported 3 tokens" });
  await expect(done.getByRole("link", { name: "1 token already expired" })).toHaveAttribute(
    "href",
    "/tokens?status=expired",
  );
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  await expect(done.getByRole("link", { name: "1 token without an expiry date (a risk to review)" })).toHaveAttribute(
    "href",
    "/tokens?status=no_expiry",
  );
  await expect(done.getByRole("link", { name: "1 token without a backup" })).toHaveAttribute(
    "href",
    "/tokens?backup=none",
  );
  await expect(done.getByRole("link", { name: "3 tokens without a runbook" })).toHaveAttribute(
    "href",
    "/tokens?runbook=missing",
  );

  const saved = await db.token.findMany({
    where: { name: { endsWith: ` ${run}` } },
    include: { owner: true },
    orderBy: { name: "asc" },
  });
  expect(
    saved.map((token) => [
      token.name,
      token.environment,
      token.expiresOn && isoDay(token.expiresOn),
      token.owner.email,
    ]),
  ).toEqual([
    [`New key ${run}`, "production", isoDay(soon), newcomer],
    [`Old key ${run}`, "production", isoDay(longAgo), owner.email],
    [`Open key ${run}`, "production", null, owner.email],
  ]);
  await mail.waitForMail({ to: newcomer, subject: "invited you to Tokenbook" });
  expect((await mail.messages()).filter((message) => message.to.includes(newcomer))).toHaveLength(1);
});

test("a sheet whose headers match nothing still gets its owner and expiry columns from their values, and says so", async ({
  page,
}) => {
  await signInAdmin(page);
  const text = stringify([
    ["Thing", "Person", "When", "Vendor"],
    ["Reports", "finn@example.test", "2026-12-31", "HubSpot"],
    ["Sync", "mia@example.test", "N/A", "Slack"],
  ]);
  await chooseFile(page, { name: "odd.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  const matchStep = page.getByRole("region", { name: "Step 2: Match your columns" });
  await expect(matchStep.getByLabel("Column “Person”")).toHaveValue("ownerEmail");
  await expect(matchStep.getByLabel("Column “Person”")).toHaveAccessibleDescription(
    /Guessed from its values: they are email addresses/,
  );
  await expect(matchStep.getByLabel("Column “When”")).toHaveValue("expiresOn");
  await expect(matchStep.getByLabel("Column “Thing”")).toHaveValue("");
});

test("an editor gives an unknown owner's rows to someone already in Tokenbook, right in the preview", async ({
  page,
}) => {
  const editor = await createPerson({ role: "editor", email: uniqueEmail("pick-editor") });
  const colleague = await createPerson({ role: "editor", email: uniqueEmail("pick-colleague") });
  await signInAs(page.context(), editor);
  await page.goto("/tokens/import");
  const run = Math.random().toString(36).slice(2, 8);
  const text = stringify([
    [
      "Name",
      "Service",
      "Environment",
      "Purpose",
      "Where the secret is stored",
      "Owner email",
      "Expires on",
      "Criticality",
    ],
    [
      `Picked key ${run}`,
      "Slack",
      "production",
      "Digest",
      "Vault",
      "left.company@example.test",
      isoDay(daysFromNow(60)),
      "low",
    ],
  ]);
  await chooseFile(page, { name: "pick.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await page
    .getByRole("region", { name: "Step 2: Match your columns" })
    .getByRole("button", { name: "Check the rows" })
    .click();
  const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
  await expect(checkStep.getByRole("status").first()).toHaveText("0 rows ready, 1 needs fixing.");
  await expect(checkStep.getByRole("form", { name: /^Invite/ })).toHaveCount(0);
  await checkStep.getByLabel("Or give left.company@example.test's rows to").selectOption(colleague.email);
  await expect(checkStep.getByRole("status").first()).toHaveText("1 row ready, 0 need fixing.", { timeout: 30_000 });
  await checkStep.getByRole("button", { name: "Import 1 token" }).click();
  await expect(page.getByRole("heading", { name: "Imported 1 token" })).toBeVisible();
  const saved = await db.token.findFirstOrThrow({ where: { name: `Picked key ${run}` }, include: { owner: true } });
  expect(saved.owner.email).toBe(colleague.email);
});
