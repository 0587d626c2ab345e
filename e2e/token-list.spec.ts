import { randomBytes } from "node:crypto";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow as inDays } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";
import { typeInto } from "./support/type-into";

// The e2e database is shared by parallel tests: every token here carries this run's own word.
const marker = () => `z${randomBytes(4).toString("hex")}`;

test("a viewer types the service into the search, presses Enter, and sees owner and backup without opening anything", async ({
  page,
}) => {
  const m = marker();
  const owner = await createPerson({ name: `Olivia Owner ${m}`, role: "editor" });
  const backup = await createPerson({ name: `Bruno Backup ${m}`, role: "editor" });
  await createTokenRecord({
    name: `HubSpot ${m} campaign reports`,
    service: "HubSpot",
    ownerId: owner.id,
    backupId: backup.id,
    expiresOn: inDays(7),
  });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));

  // From the home page: type into its one search, the header's "Who owns…?" (1), press Enter (2).
  await page.goto("/");
  const search = page.getByRole("combobox", { name: "Who owns…? Look up a token" });
  await search.fill(`HubSpot ${m}`);
  // Enter means the same once the suggestions are on show as before they arrive: the list, not the first token.
  await expect(page.getByRole("option", { name: new RegExp(`HubSpot ${m} campaign reports`) })).toBeVisible();
  await search.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Tokens" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New token" })).toHaveCount(0);

  await expect(page).toHaveURL(new RegExp(`/tokens\\?q=HubSpot(\\+|%20)${m}$`));
  const row = page.getByRole("row").filter({ hasText: `HubSpot ${m} campaign reports` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Olivia Owner ${m}`);
  await expect(row).toContainText(`Bruno Backup ${m}`);
  await expect(row).toContainText("Expiring soon");
  await expect(row).toContainText("(in 7 days)");
  await expect(page.getByText("Showing 1–1 of 1")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download this list as CSV" })).toHaveAttribute(
    "href",
    `/api/tokens/export?q=HubSpot+${m}`,
  );
});

test("sorting by expiry with the keyboard changes the address, and a reload keeps the view", async ({ page }) => {
  const m = marker();
  await createTokenRecord({ name: `Soon ${m}`, expiresOn: inDays(3) });
  await createTokenRecord({ name: `Later ${m}`, expiresOn: inDays(300) });
  await createTokenRecord({ name: `Never ${m}`, expiresOn: null });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto(`/tokens?q=${m}`);

  const names = page.getByRole("table").getByRole("row").locator("th[scope=row] a");
  await expect(names).toHaveText([`Soon ${m}`, `Later ${m}`, `Never ${m}`]);
  const expiresHeader = page.getByRole("columnheader", { name: /Expires/ });
  await expect(expiresHeader).toHaveAttribute("aria-sort", "ascending");

  await page.getByRole("searchbox", { name: "Search tokens" }).focus();
  const sortLink = expiresHeader.getByRole("link");
  for (let tab = 0; tab < 20 && !(await sortLink.evaluate((link) => link === document.activeElement)); tab++)
    await page.keyboard.press("Tab");
  await expect(sortLink).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`q=${m}&sort=expiresOn&dir=desc`));
  await expect(expiresHeader).toHaveAttribute("aria-sort", "descending");
  await expect(names).toHaveText([`Later ${m}`, `Soon ${m}`, `Never ${m}`]);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toContainText(
    "sorted by expiry date, latest first",
  );

  await page.reload();
  await expect(names).toHaveText([`Later ${m}`, `Soon ${m}`, `Never ${m}`]);
  await expect(page.getByRole("searchbox", { name: "Search tokens" })).toHaveValue(m);
});

test("filters live in the address, clear in one step, and an empty result says so in plain words", async ({ page }) => {
  const m = marker();
  await createTokenRecord({ name: `Expired ${m}`, expiresOn: inDays(-2) });
  await createTokenRecord({ name: `Fine ${m}`, expiresOn: inDays(200) });
  await signInAs(page.context(), await createPerson({ role: "editor" }));
  await page.goto(`/tokens?q=${m}`);
  await expect(page.getByRole("link", { name: "New token" })).toHaveAttribute("href", "/tokens/new");
  await expect(page.getByRole("link", { name: "Import from a spreadsheet" })).toHaveAttribute("href", "/tokens/import");

  await page.getByText("Filter and sort").click();
  const filters = page.getByRole("form", { name: "Filter and sort tokens" });
  await filters.getByLabel("Status").selectOption("expired");
  await filters.getByRole("button", { name: "Show tokens" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${m}.*status=expired`));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table")).toContainText(`Expired ${m}`);
  await expect(page.getByRole("table")).toContainText("2 days ago");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page).toHaveURL(new RegExp(`/tokens\\?q=${m}(&|$)`));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);

  await page.goto(`/tokens?q=nothing-${m}`);
  await expect(page.getByRole("heading", { name: `No tokens match “nothing-${m}”` })).toBeVisible();
  await page.getByRole("link", { name: "Show all tokens" }).click();
  await expect(page).toHaveURL(/\/tokens$/);
});

test("on a phone each token is a card with owner and backup in words, and nothing scrolls sideways", async ({
  page,
}) => {
  const m = marker();
  const owner = await createPerson({ name: `Pia Phone ${m}`, active: false });
  await createTokenRecord({ name: `Card ${m}`, ownerId: owner.id, expiresOn: null });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/tokens?q=${m}`);

  // One markup for every screen: on a phone the table's rows are cards, each headed by the token's name.
  const card = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Card ${m}` }) });
  await expect(card).toBeVisible();
  // The column headings stay for screen readers only (1 px); each card labels its own answers.
  expect((await page.locator("table thead").boundingBox())!.height).toBeLessThanOrEqual(1);
  await expect(card).toContainText(`Pia Phone ${m}`);
  await expect(card).toContainText("(deactivated)");
  await expect(card).toContainText("No backup");
  await expect(card).toContainText("Does not expire");
  // Its owner has left, which comes before its missing backup (lib/tokens/token-status.ts).
  await expect(card).toContainText("Holder has left");
  // Each answer is labelled in the card, and the card fits the screen.
  const label = await card
    .getByRole("cell", { name: `Pia Phone ${m}` })
    .evaluate((cell) => getComputedStyle(cell, "::before").content);
  expect(label).toBe('"Owner"');
  const box = await card.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the owner filter finds a person as you type, and the chosen person shows by name after the list reloads", async ({
  page,
}) => {
  const m = marker();
  const owner = await createPerson({ name: `Filippa Filter ${m}`, role: "editor" });
  await createTokenRecord({ name: `Filtered ${m}`, ownerId: owner.id });
  await createTokenRecord({ name: `Someone else's ${m}` });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));

  await page.goto(`/tokens?q=${m}`);
  await page.getByText("Filter and sort").click();
  const picker = page.getByRole("combobox", { name: "Owner or backup" });
  await typeInto(picker, `filippa filter ${m}`);
  await page.getByRole("option", { name: new RegExp(`Filippa Filter ${m}`) }).click();
  await page.getByRole("button", { name: "Show tokens" }).click();

  await expect(page).toHaveURL(new RegExp(`owner=${owner.id}`));
  await expect(page.getByRole("row").filter({ hasText: `Filtered ${m}` })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: `Someone else's ${m}` })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Owner or backup" })).toHaveValue(
    `Filippa Filter ${m} (${owner.email})`,
  );
});

test("a half-typed name in a person filter is never sent as “anyone”: the list and the timeline stay, with the reason beside the field", async ({
  page,
}) => {
  const m = marker();
  await createPerson({ name: `Hanna Halfway ${m}`, role: "editor" });
  await createPerson({ name: `Hanna Halfway ${m} Second`, role: "editor" });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));

  for (const { address, open, label, button } of [
    { address: `/tokens?q=${m}`, open: "Filter and sort", label: "Owner or backup", button: "Show tokens" },
    { address: "/timeline?range=12w&group=owner", open: null, label: "Find an owner", button: "Show" },
  ]) {
    await page.goto(address);
    if (open) await page.getByText(open).click();
    const picker = page.getByRole("combobox", { name: label });
    await typeInto(picker, `hanna halfway ${m}`);
    await expect(page.getByRole("option", { name: new RegExp(`Hanna Halfway ${m}`) })).toHaveCount(2);
    await page.getByRole("button", { name: button, exact: true }).click();

    await expect(page.getByText(`“hanna halfway ${m}” is not one of the suggestions.`)).toBeVisible();
    await expect(picker).toHaveValue(`hanna halfway ${m}`);
    expect(new URL(page.url()).pathname + new URL(page.url()).search, label).toBe(address);
    expect(await picker.evaluate((input: HTMLInputElement) => input.validationMessage)).toContain(
      "not one of the suggestions",
    );
  }
});
