import { randomBytes, randomInt } from "node:crypto";
import { readIcsEvents } from "@/lib/calendar/read-ics-events";
import { formatLongDay } from "@/lib/dates/format-long-day";
import { daysFromNow as inDays } from "@/testing/dates";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

const marker = () => `c${randomBytes(4).toString("hex")}`;
const icsDate = (date: Date) => date.toISOString().slice(0, 10).replaceAll("-", "");

test("a person subscribes to a private feed of exactly the expiries they own or back up; a new address makes the old one 404", async ({
  page,
  request,
}) => {
  const m = marker();
  const me = await createPerson({ name: `Cleo Calendar ${m}`, role: "editor" });
  const other = await createPerson({ role: "editor" });
  const owned = await createTokenRecord({ name: `Owned ${m}`, ownerId: me.id, expiresOn: inDays(12) });
  const backedUp = await createTokenRecord({
    name: `Backed up ${m}`,
    ownerId: other.id,
    backupId: me.id,
    expiresOn: inDays(40),
  });
  await createTokenRecord({ name: `Not mine ${m}`, ownerId: other.id, expiresOn: inDays(12) });
  await createTokenRecord({ name: `Retired ${m}`, ownerId: me.id, state: "retired", expiresOn: inDays(5) });
  await signInAs(page.context(), me);

  await page.goto("/profile");
  const panel = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { level: 2, name: "Calendar feeds" }) });
  await panel.getByRole("button", { name: "Create the address" }).first().click();
  const address = panel.getByLabel("Your private calendar address");
  await expect(address).toHaveValue(/\/api\/calendar\/person\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await address.inputValue();
  await expect(panel.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
    "href",
    url.replace(/^http:/, "webcal:"),
  );

  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const text = await response.text();
  expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  const events = readIcsEvents(text);
  expect(events.map((event) => [event.UID, event.DTSTART, event.SUMMARY]).sort()).toEqual(
    [
      [`token-${owned.id}-expiry@tokenbook`, icsDate(inDays(12)), `Expires: Owned ${m} (HubSpot)`],
      [`token-${backedUp.id}-expiry@tokenbook`, icsDate(inDays(40)), `Expires: Backed up ${m} (HubSpot)`],
    ].sort(),
  );

  await panel.getByRole("button", { name: "Make a new address" }).first().click();
  await panel.getByRole("button", { name: "Yes, make a new address" }).click();
  await expect(panel.getByRole("status")).toContainText("new address");
  await expect(address).not.toHaveValue(url);
  const fresh = await address.inputValue();
  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get(fresh)).status()).toBe(200);
});

test("the month calendar shows expiries and rotation dates, as a grid and as a list, without serious accessibility problems", async ({
  page,
}) => {
  const m = marker();
  const expires = inDays(15);
  const month = expires.toISOString().slice(0, 7);
  await createTokenRecord({ name: `Calendar expiry ${m}`, expiresOn: expires });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/calendar?month=${month}`);

  // The token's date, or the "N more" link of its day when other tests fill that day.
  const dateOrMore = (scope: Locator) =>
    scope
      .getByRole("link", { name: new RegExp(`Expires: Calendar expiry ${m}`) })
      .or(scope.getByRole("link", { name: /more on/ }))
      .first();
  await expect(dateOrMore(page.getByRole("table"))).toBeVisible();
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  await page.screenshot({ path: "test-results/calendar-grid.png", fullPage: true });

  await page.getByRole("link", { name: "Show as a list" }).click();
  await expect(page).toHaveURL(new RegExp(`month=${month}&view=list`));
  await expect(page.getByRole("table")).toHaveCount(0);
  const dayHeading = formatLongDay(expires);
  const day = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: dayHeading }) });
  await expect(day.getByRole("link", { name: new RegExp(`Expires: Calendar expiry ${m}`) })).toBeVisible();
  expect(await seriousAccessibilityIssues(page)).toEqual([]);

  // On a phone the same grid shows only the month's days that have dates, one under another, each under its name.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/calendar?month=${month}`);
  const dayOnPhone = page.getByRole("cell").filter({ has: page.getByRole("heading", { name: dayHeading }) });
  await expect(dayOnPhone.getByRole("heading", { name: dayHeading })).toBeVisible();
  await expect(dateOrMore(dayOnPhone)).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Mon" })).toBeHidden();
  await expect(
    page
      .getByRole("cell")
      .filter({ hasNot: page.getByRole("link") })
      .first(),
  ).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  await page.screenshot({ path: "test-results/calendar-phone.png", fullPage: true });
});

test("on a phone a busy day shows as many dates as the grid does, and links to the rest; the list view shows more", async ({
  page,
}) => {
  const m = marker();
  const busy = inDays(500 + randomInt(200));
  for (const n of [1, 2, 3, 4, 5]) await createTokenRecord({ name: `Busy day ${n} ${m}`, expiresOn: busy });
  const month = busy.toISOString().slice(0, 7);
  const dayHeading = formatLongDay(busy);
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  const heading = page.getByRole("heading", { name: dayHeading });
  const dates = /^Expires: /;

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/calendar?month=${month}`);
  const dayInGrid = page.getByRole("cell").filter({ has: heading });
  await expect(dayInGrid.getByRole("link", { name: dates })).toHaveCount(3);
  await expect(dayInGrid.getByRole("link", { name: /^\d+ more on / })).toBeVisible();

  await page.getByRole("link", { name: "Show as a list" }).click();
  await expect(page).toHaveURL(new RegExp(`month=${month}&view=list`));
  const dayInList = page.getByRole("listitem").filter({ has: heading });
  await expect(dayInList.getByRole("link", { name: dates }).nth(4)).toBeVisible();
});
