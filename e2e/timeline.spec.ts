import { randomBytes } from "node:crypto";
import { addDays } from "@/lib/dates/calendar-day";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";
import { daysFromNow } from "@/testing/dates";

// The e2e database is shared by parallel tests: every team, person and token here carries its own word.
const marker = () => `t${randomBytes(4).toString("hex")}`;
const mondayOf = (date: Date) => addDays(date, -((date.getUTCDay() + 6) % 7));
const weekLabel = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(date);

test("a token expiring in 10 days sits in its week and its team's lane; Tab reaches it, focus shows its details and Enter opens it", async ({
  page,
}) => {
  const m = marker();
  const team = await createTeam(`A timeline team ${m}`);
  const owner = await createPerson({ name: `Tess Timeline ${m}`, role: "editor" });
  const token = await createTokenRecord({
    name: `Ten days ${m}`,
    teamId: team.id,
    ownerId: owner.id,
    expiresOn: daysFromNow(10),
  });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.setViewportSize({ width: 1280, height: 900 });
  // Found by its team in the address, wherever the shared database puts it among the others.
  await page.goto(`/timeline?team=${team.id}`);

  await expect(page.getByRole("link", { name: "12 weeks" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("combobox", { name: "Find a team" })).toHaveValue(team.id);
  // Lanes are the rows of a table (weeks its columns), so every cell is named by its lane and week.
  const lane = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `A timeline team ${m}` }) });
  const tokenMarker = lane.getByRole("link", {
    name: new RegExp(
      `^Ten days ${m} \\(HubSpot\\)\\.\\s*Expires .*in 10 days\\. Status: Expiring soon\\. Owner: Tess Timeline ${m}\\.$`,
    ),
  });
  const tooltip = tokenMarker.getByText(`Owner: Tess Timeline ${m}`);
  await expect(tokenMarker).toBeVisible();

  // The right week: the marker lies between its week's label and the next one.
  const monday = mondayOf(daysFromNow(10));
  const thisWeek = (await page.locator(`[data-gridline="${weekLabel(monday)}"]`).boundingBox())!;
  const nextWeek = (await page.locator(`[data-gridline="${weekLabel(addDays(monday, 7))}"]`).boundingBox())!;
  const box = (await tokenMarker.boundingBox())!;
  const centre = box.x + box.width / 2;
  expect(centre).toBeGreaterThan(thisWeek.x);
  expect(centre).toBeLessThan(nextWeek.x);
  const dayWidth = (nextWeek.x - thisWeek.x) / 7;
  const dayOfWeek = (daysFromNow(10).getUTCDay() + 6) % 7;
  expect(Math.abs(centre - (thisWeek.x + (dayOfWeek + 0.5) * dayWidth))).toBeLessThan(dayWidth / 2);

  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCSS("opacity", "0");
  await page.getByRole("link", { name: "By owner" }).focus();
  for (let tab = 0; tab < 300 && !(await tokenMarker.evaluate((link) => link === document.activeElement)); tab++)
    await page.keyboard.press("Tab");
  await expect(tokenMarker).toBeFocused();
  await expect(tooltip).toHaveCSS("opacity", "1");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tokens/${token.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Ten days ${m}` })).toBeVisible();
});

test("tokens on the same day of one lane become a numbered square that opens into links; lanes can be owners; the range is in the address", async ({
  page,
}) => {
  const m = marker();
  const owner = await createPerson({ name: `Otto Owner ${m}`, role: "editor" });
  for (const name of ["First", "Second", "Third"])
    await createTokenRecord({ name: `${name} ${m}`, ownerId: owner.id, expiresOn: daysFromNow(20) });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto(`/timeline?range=4w&group=owner&owner=${owner.id}`);

  await expect(page.getByRole("link", { name: "4 weeks" })).toHaveAttribute("aria-current", "page");
  const lane = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Otto Owner ${m}` }) });
  await expect(lane.getByRole("rowheader")).toContainText("3 expiries");
  const square = lane.locator("summary").filter({ hasText: `3 tokens of Otto Owner ${m} expire on` });
  await square.click();
  await expect(lane.getByRole("link", { name: `Second ${m}` })).toBeVisible();

  await page.getByRole("link", { name: "12 months" }).click();
  await expect(page).toHaveURL(new RegExp(`range=12m&group=owner&owner=${owner.id}$`));
  await expect(page.locator("[data-gridline]").first()).toHaveText(/^[A-Z][a-z]{2} \d{4}$/);
});

test("the timeline has no serious accessibility problems, and fits a phone by scrolling sideways", async ({ page }) => {
  const m = marker();
  const team = await createTeam(`Axe team ${m}`);
  await createTokenRecord({ name: `Axe soon ${m}`, teamId: team.id, expiresOn: daysFromNow(3) });
  await createTokenRecord({
    name: `Axe later ${m}`,
    teamId: team.id,
    expiresOn: daysFromNow(40),
    state: "compromised",
  });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto("/timeline");
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  await page.screenshot({ path: "test-results/timeline-desktop.png", fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/timeline");
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/timeline-phone.png" });
});

test("a lane's busy week is one count with its most urgent sign, linking to the token list of exactly those tokens", async ({
  page,
}) => {
  const m = marker();
  const owner = await createPerson({ name: `Bea Busy ${m}`, role: "editor" });
  const names = ["One", "Two", "Three", "Four"].map((word) => `${word} ${m}`);
  for (const name of names) await createTokenRecord({ name, ownerId: owner.id, expiresOn: daysFromNow(30) });
  await createTokenRecord({ name: `Leaked ${m}`, ownerId: owner.id, expiresOn: daysFromNow(30), state: "compromised" });
  // Neither is in her lane's count, so neither may be on the list it links to: one she only backs
  // up (in its owner's lane), one switched off.
  await createTokenRecord({ name: `Backed up ${m}`, backupId: owner.id, expiresOn: daysFromNow(30) });
  await createTokenRecord({
    name: `Switched off ${m}`,
    ownerId: owner.id,
    expiresOn: daysFromNow(30),
    state: "revoked",
  });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto(`/timeline?range=12w&group=owner&owner=${owner.id}`);

  const lane = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Bea Busy ${m}` }) });
  await expect(lane.getByRole("rowheader")).toContainText("5 expiries");
  const count = lane.getByRole("link", { name: "5 tokens, most urgent: Compromised" });
  await expect(count).toBeVisible();
  // A count, not the tokens themselves: none of them is drawn on its own.
  await expect(lane.getByRole("link", { name: new RegExp(`One ${m}`) })).toHaveCount(0);

  await count.click();
  await expect(page).toHaveURL(
    new RegExp(
      `/tokens\\?owner=${owner.id}&as=owner&use=in_use&expiresFrom=\\d{4}-\\d{2}-\\d{2}&expiresTo=\\d{4}-\\d{2}-\\d{2}$`,
    ),
  );
  const table = page.getByRole("table");
  for (const name of [...names, `Leaked ${m}`]) await expect(table.getByRole("link", { name })).toBeVisible();
  await expect(page.getByText(/^Showing 1–5 of 5\b/)).toBeVisible();
  // The filters it applied are in the form, in words.
  await expect(page.getByLabel("Owned or backed up")).toHaveValue("owner");
  await expect(page.getByLabel("In use", { exact: true })).toHaveValue("in_use");
});
