import type { Locator, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";
import { dayFirst, daysFromNow, isoDay } from "@/testing/dates";

/** Presses Tab until the element has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

const csvFile = (text: string) => ({
  name: "our-tokens.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${text}`),
});

test("an admin imports a spreadsheet by keyboard: sees the two bad rows, chooses the fixed file, imports it all", async ({
  page,
}) => {
  const admin = await createPerson({ role: "admin" });
  const owner = await createPerson({ role: "editor", email: uniqueEmail("import-owner") });
  const backup = await createPerson({ role: "editor", email: uniqueEmail("import-backup") });
  const run = Math.random().toString(36).slice(2, 8);
  const [reportsExpiry, syncExpiry, formsExpiry] = [daysFromNow(32), daysFromNow(180), daysFromNow(120)];
  const header = "Token,Tool,Env,Used for,Where stored,Owner,Deputy,Expiry,Criticality";
  const row = (name: string, ownerEmail: string, expiry: string) =>
    `${name} ${run},HubSpot,production,"Weekly report, marketing",1Password › Marketing,${ownerEmail},${backup.email},${expiry},high`;
  const rows = (second: string, fourth: string) =>
    [
      header,
      row("Reports key", owner.email, dayFirst(reportsExpiry)),
      row("Sync key", second, dayFirst(syncExpiry)),
      row("Deals key", owner.email, "never"),
      row("Forms key", owner.email, fourth),
    ].join("\r\n");

  await signInAs(page.context(), admin);
  await page.goto("/tokens/import");
  const chooseStep = page.getByRole("region", { name: "Step 1: Choose your spreadsheet" });
  await chooseStep
    .getByLabel("Spreadsheet file (.xlsx or .csv)")
    .setInputFiles(csvFile(rows("nobody@example.test", "someday")));
  await tabTo(page, chooseStep.getByRole("button", { name: "Read the file" }));
  await page.keyboard.press("Enter");

  const matchStep = page.getByRole("region", { name: "Step 2: Match your columns" });
  await expect(matchStep.getByRole("heading", { name: "Step 2: Match your columns" })).toBeFocused();
  await expect(matchStep.getByLabel("Column “Owner”")).toHaveValue("ownerEmail");
  await expect(matchStep.getByLabel("Column “Deputy”")).toHaveValue("backupEmail");
  const dateOrder = matchStep.getByLabel("How are dates written in your file?");
  await tabTo(page, dateOrder);
  await page.keyboard.press("ArrowDown");
  await expect(dateOrder).toHaveValue("dmy");
  await tabTo(page, matchStep.getByRole("button", { name: "Check the rows" }));
  await page.keyboard.press("Enter");

  const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
  await expect(checkStep.getByRole("status")).toHaveText("2 rows ready, 2 need fixing.");
  const problems = checkStep.getByRole("region", { name: "Rows that need fixing" });
  await expect(problems.getByRole("row", { name: /^3 / })).toContainText(
    "“Owner”: Nobody in Tokenbook has this email address.",
  );
  await expect(problems.getByRole("row", { name: /^5 / })).toContainText(
    "“Expiry”: This date isn't a date Tokenbook can read.",
  );
  await expect(checkStep.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await tabTo(page, checkStep.getByRole("button", { name: "Choose the fixed file" }));
  await page.keyboard.press("Enter");

  await expect(chooseStep.getByRole("heading", { name: "Step 1: Choose your spreadsheet" })).toBeFocused();
  await chooseStep
    .getByLabel("Spreadsheet file (.xlsx or .csv)")
    .setInputFiles(csvFile(rows(owner.email, isoDay(formsExpiry))));
  await tabTo(page, chooseStep.getByRole("button", { name: "Read the file" }));
  await page.keyboard.press("Enter");
  await expect(dateOrder).toHaveValue("dmy");
  await tabTo(page, matchStep.getByRole("button", { name: "Check the rows" }));
  await page.keyboard.press("Enter");

  await expect(checkStep.getByRole("status")).toHaveText("4 rows ready, 0 need fixing.");
  await tabTo(page, checkStep.getByRole("button", { name: "Import 4 tokens" }));
  await page.keyboard.press("Space");

  const done = page.getByRole("region", { name: "Imported 4 tokens" });
  await expect(done.getByRole("heading", { name: "Imported 4 tokens" })).toBeFocused();
  await expect(done.getByRole("link", { name: "Go to the token list" })).toHaveAttribute("href", "/tokens");

  const imported = await db.token.findMany({
    where: { name: { endsWith: ` ${run}` } },
    include: { owner: true },
    orderBy: { name: "asc" },
  });
  expect(
    imported.map((token) => [token.name, token.expiresOn?.toISOString().slice(0, 10) ?? "never", token.owner.email]),
  ).toEqual([
    [`Deals key ${run}`, "never", owner.email],
    [`Forms key ${run}`, isoDay(formsExpiry), owner.email],
    [`Reports key ${run}`, isoDay(reportsExpiry), owner.email],
    [`Sync key ${run}`, isoDay(syncExpiry), owner.email],
  ]);
  expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "import.completed" } })).toBe(1);
});

test("a viewer cannot open the import, and the template downloads for anyone signed in", async ({ page }) => {
  const viewer = await createPerson({ role: "viewer" });
  await signInAs(page.context(), viewer);
  await page.goto("/tokens/import");
  await expect(page.getByRole("heading", { name: "You can't import tokens" })).toBeVisible();

  const template = await page.request.get("/api/tokens/import-template");
  expect(template.status()).toBe(200);
  const body = await template.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text.split("\n")[0]).toContain("Name,Service,Environment,Purpose,What stops working");
  expect(text).toContain("HubSpot");
});
