import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { daysFromNow, isoDay, shownDay } from "@/testing/dates";
import { xlsxFile, type SheetCell } from "@/testing/spreadsheet-files";
import { sheetHeader } from "@/testing/token-sheet";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { chooseFile, signInAdmin, xlsxType } from "./support/import-page";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

// Owners the sheet names but Tokenbook does not know: invited from the preview, or given to someone it knows.

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

test("an editor gives an unknown owner's rows to someone already in Tokenbook, right in the preview", async ({
  page,
}) => {
  const editor = await createPerson({ role: "editor", email: uniqueEmail("pick-editor") });
  const colleague = await createPerson({ role: "editor", email: uniqueEmail("pick-colleague") });
  await signInAs(page.context(), editor);
  await page.goto("/tokens/import");
  const leaver = uniqueEmail("left-company");
  const run = Math.random().toString(36).slice(2, 8);
  const text = stringify([
    sheetHeader({ without: ["dependents", "backupEmail"] }),
    [`Picked key ${run}`, "Slack", "production", "Digest", "Vault", leaver, isoDay(daysFromNow(60)), "low"],
  ]);
  await chooseFile(page, { name: "pick.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await page
    .getByRole("region", { name: "Step 2: Match your columns" })
    .getByRole("button", { name: "Check the rows" })
    .click();
  const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
  await expect(checkStep.getByRole("status").first()).toHaveText("0 rows ready, 1 needs fixing.");
  await expect(checkStep.getByRole("form", { name: /^Invite/ })).toHaveCount(0);
  await checkStep.getByLabel(`Or give ${leaver}'s rows to`).selectOption(colleague.email);
  await expect(checkStep.getByRole("status").first()).toHaveText("1 row ready, 0 need fixing.", { timeout: 30_000 });
  await checkStep.getByRole("button", { name: "Import 1 token" }).click();
  await expect(page.getByRole("heading", { name: "Imported 1 token" })).toBeVisible();
  const saved = await db.token.findFirstOrThrow({ where: { name: `Picked key ${run}` }, include: { owner: true } });
  expect(saved.owner.email).toBe(colleague.email);
});
