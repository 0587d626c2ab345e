import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { xlsxFile, zipParts, type SheetCell } from "@/testing/spreadsheet-files";
import { sheetHeader } from "@/testing/token-sheet";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { chooseFile, xlsxType } from "./support/import-page";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

test("bad cells are fixed in place and a row skipped; warnings stand beside errors; after the import each owner and backup gets one email, the invited owner none again", async ({
  page,
  mail,
}) => {
  const admin = await createPerson({ role: "admin" });
  const owner = await createPerson({ role: "editor", email: uniqueEmail("fix-owner") });
  const backup = await createPerson({ role: "editor", email: uniqueEmail("fix-backup") });
  const newcomer = uniqueEmail("fix-newcomer");
  const run = Math.random().toString(36).slice(2, 8);
  await createTokenRecord({
    name: `Reports key ${run}`,
    service: `Hub${run}`,
    environment: "staging",
    ownerId: owner.id,
  });
  const [soon, later, longAgo] = [daysFromNow(60), daysFromNow(120), daysFromNow(-10)];
  const row = (
    name: string,
    service: string,
    environment: string,
    ownerEmail: string,
    backupEmail: string | null,
    expiry: SheetCell,
  ): SheetCell[] => [
    name,
    service,
    environment,
    "Marketing reports",
    "1Password › Marketing",
    ownerEmail,
    backupEmail,
    expiry,
    "high",
  ];
  const rows: SheetCell[][] = [
    sheetHeader({ without: ["dependents"] }),
    row(`Good key ${run}`, "Slack", "production", owner.email, backup.email, soon),
    row(`Typo key ${run}`, "Xero", "production", owner.email, backup.email, "someday"),
    row(`Same person key ${run}`, "Zapier", "production", owner.email, owner.email, later),
    row(`reports-KEY ${run}`, `hub${run}`, "production", owner.email, backup.email, later),
    row(`Old key ${run}`, "Stripe", "production", owner.email, backup.email, longAgo),
    row(`Unwanted key ${run}`, "Asana", "prodd", owner.email, backup.email, later),
    row(`New person key ${run}`, "Notion", "production", newcomer, backup.email, later),
  ];
  await signInAs(page.context(), admin);
  await page.goto("/tokens/import");
  await chooseFile(page, { name: "fix.xlsx", mimeType: xlsxType, buffer: await xlsxFile(rows) });
  await page
    .getByRole("region", { name: "Step 2: Match your columns" })
    .getByRole("button", { name: "Check the rows" })
    .click({ timeout: 30_000 });

  const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
  const counts = checkStep.getByRole("status").first();
  await expect(counts).toHaveText("4 rows ready, 3 need fixing.");
  await expect(checkStep.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await checkStep.getByLabel("Show only the rows that need fixing").uncheck();
  const table = checkStep.getByRole("region", { name: "Every row of the file" });
  const line = (number: number) => table.getByRole("row", { name: new RegExp(`^${number} `) });
  await expect(line(4)).toContainText("The owner is also written as the backup: it is imported without a backup");
  await expect(line(5)).toContainText(
    `Possibly the same token as “Reports key ${run}” (Hub${run}, staging) already in Tokenbook.`,
  );
  await expect(line(6)).toContainText("Already expired (10 days ago)");
  await expect(line(3)).toContainText("“Expires on”: This date isn't a date Tokenbook can read.");
  expect(await seriousAccessibilityIssues(page)).toEqual([]);

  // The bad date, corrected right in the preview: the row is checked again at once.
  await line(3).getByText("Fix line 3 here").click();
  const fix = line(3).getByRole("form", { name: "Fix line 3" });
  await expect(fix.getByLabel("Expires on")).toHaveValue("someday");
  await fix.getByLabel("Expires on").fill(isoDay(later));
  await fix.getByRole("button", { name: "Check line 3 again" }).click();
  await expect(counts).toHaveText("5 rows ready, 2 need fixing.");
  await expect(line(3)).toContainText("Ready");
  expect(await seriousAccessibilityIssues(page)).toEqual([]);

  // A row nobody wants: skipped, and it can come back.
  await line(7).getByRole("button", { name: "Skip line 7" }).click();
  await expect(counts).toHaveText("5 rows ready, 1 needs fixing, 1 skipped.");
  await expect(line(7)).toContainText("Skipped: this row will not be imported.");
  await expect(checkStep.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  const invite = checkStep.getByRole("form", { name: `Invite ${newcomer}` });
  await invite.getByLabel(`Name of ${newcomer}`).fill("Nia Newcomer");
  await invite.getByRole("button", { name: `Invite ${newcomer}` }).click();
  await expect(counts).toHaveText("6 rows ready, 0 need fixing, 1 skipped.", { timeout: 30_000 });
  await checkStep.getByRole("button", { name: "Import 6 tokens" }).click();

  const done = page.getByRole("region", { name: "Imported 6 tokens" });
  await expect(done).toContainText("except the row you skipped");
  await expect(done).toContainText("2 people got one email each");
  await expect(done.getByRole("link", { name: "1 token without a backup" })).toHaveAttribute(
    "href",
    "/tokens?backup=none",
  );

  const saved = await db.token.findMany({
    where: { name: { endsWith: ` ${run}` }, NOT: { name: `Reports key ${run}` } },
    include: { owner: true, backup: true },
    orderBy: { nameKey: "asc" },
  });
  expect(
    saved.map((token) => [
      token.name,
      token.owner.email,
      token.backup?.email ?? null,
      token.expiresOn && isoDay(token.expiresOn),
    ]),
  ).toEqual([
    [`Good key ${run}`, owner.email, backup.email, isoDay(soon)],
    [`New person key ${run}`, newcomer, backup.email, isoDay(later)],
    [`Old key ${run}`, owner.email, backup.email, isoDay(longAgo)],
    [`reports-KEY ${run}`, owner.email, backup.email, isoDay(later)],
    [`Same person key ${run}`, owner.email, null, isoDay(later)],
    [`Typo key ${run}`, owner.email, backup.email, isoDay(later)],
  ]);

  // The emails went out before the ending was shown: one each, through the outbox.
  const ownerMail = await mail.waitForMail({ to: owner.email, subject: "You are now the owner of 5 tokens" });
  expect(ownerMail.text).toContain(`Typo key ${run}`);
  await mail.waitForMail({ to: backup.email, subject: "You are now the backup for 5 tokens" });
  await mail.waitForMail({ to: newcomer, subject: "invited you to Tokenbook" });
  // Counted apart from reminders: the sweep may also remind the owner of "Old key", which expired.
  const aboutThisImport = /^You (are now the (owner|backup)|now own)|invited you to Tokenbook/;
  const received = (address: string) =>
    mail
      .messages()
      .then(
        (messages) =>
          messages.filter((message) => message.to.includes(address) && aboutThisImport.test(message.subject)).length,
      );
  expect([
    await received(owner.email),
    await received(backup.email),
    await received(newcomer),
    await received(admin.email),
  ]).toEqual([1, 1, 1, 0]);
  const kinds = ["ownership", "invitation"];
  expect(
    await db.outboxMessage.count({
      where: { to: { in: [owner.email, backup.email, newcomer, admin.email] }, kind: { in: kinds } },
    }),
  ).toBe(3);
});

async function download(page: Page, link: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return readFileSync((await (file as Download).path())!);
}

test('export, import where those tokens are gone, export again: the same CSV and the same workbook, =HYPERLINK("x") escaped in both', async ({
  page,
}) => {
  const admin = await createPerson({ role: "admin" });
  const owner = await createPerson({ role: "editor", email: uniqueEmail("trip-owner") });
  const backup = await createPerson({ role: "editor", email: uniqueEmail("trip-backup") });
  const service = `Trip${Math.random().toString(36).slice(2, 8)}`;
  await createTokenRecord({
    name: '=HYPERLINK("x")',
    service,
    ownerId: owner.id,
    backupId: backup.id,
    dependents: ["Weekly report", "Board"],
    tags: ["marketing"],
    notes: "Two lines\nof notes",
  });
  await createTokenRecord({
    name: "Bank feed",
    service,
    environment: "staging",
    ownerId: owner.id,
    expiresOn: null,
    criticality: "low",
  });
  await signInAs(page.context(), admin);
  const list = `/tokens?service=${service}`;
  await page.goto(list);
  const csv = await download(page, "Download this list as CSV");
  const xlsx = await download(page, "Download as Excel (.xlsx)");
  expect(csv.toString("utf8")).toContain(`"'=HYPERLINK(""x"")",${service}`);
  const parts = await zipParts(xlsx);
  expect(parts["xl/sharedStrings.xml"]).toContain("=HYPERLINK(&quot;x&quot;)");
  expect(parts["xl/worksheets/sheet1.xml"]).not.toMatch(/<f[ >]/);

  const importAgain = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    await db.token.deleteMany({ where: { service } });
    await page.goto("/tokens/import");
    await chooseFile(page, file);
    await page
      .getByRole("region", { name: "Step 2: Match your columns" })
      .getByRole("button", { name: "Check the rows" })
      .click({ timeout: 30_000 });
    const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
    await expect(checkStep.getByRole("status").first()).toHaveText("2 rows ready, 0 need fixing.");
    await checkStep.getByRole("button", { name: "Import 2 tokens" }).click();
    await expect(page.getByRole("heading", { name: "Imported 2 tokens" })).toBeVisible();
    expect((await db.token.findFirstOrThrow({ where: { service, environment: "production" } })).name).toBe(
      '=HYPERLINK("x")',
    );
    await page.goto(list);
  };

  await importAgain({ name: "tokens.csv", mimeType: "text/csv", buffer: csv });
  expect((await download(page, "Download this list as CSV")).equals(csv)).toBe(true);
  await importAgain({ name: "tokens.xlsx", mimeType: xlsxType, buffer: xlsx });
  expect(await zipParts(await download(page, "Download as Excel (.xlsx)"))).toEqual(parts);
});
