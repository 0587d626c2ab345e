import { randomBytes } from "node:crypto";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";
import { daysFromNow } from "@/testing/dates";

const marker = () => `d${randomBytes(4).toString("hex")}`;
const isoDay = (days: number) => daysFromNow(days).toISOString().slice(0, 10);

test("the home page has one search, then what needs attention, each count linking to the list filtered the same way", async ({
  page,
}) => {
  const m = marker();
  const leaver = await createPerson({ name: `Lena Left ${m}`, role: "editor", active: false });
  await createTokenRecord({ name: `Expired ${m}`, expiresOn: daysFromNow(-3) });
  await createTokenRecord({ name: `Expiring ${m}`, expiresOn: daysFromNow(2) });
  await createTokenRecord({ name: `Leaver's ${m}`, ownerId: leaver.id, expiresOn: daysFromNow(200) });
  await createTokenRecord({ name: `Leaked ${m}`, state: "compromised" });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto("/");

  // One search on the page: the header's "Who owns…?".
  await expect(page.getByRole("combobox", { name: /Who owns/ })).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveCount(0);
  const cards = page
    .getByRole("region", { name: /What needs attention/ })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) });
  const card = (title: string) =>
    cards.filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
  const expected: [string, string][] = [
    ["Expired", "/tokens?status=expired"],
    ["Expiring within 7 days", `/tokens?status=expiring_soon&expiresTo=${isoDay(7)}`],
    ["Compromised", "/tokens?status=compromised"],
    ["No backup", "/tokens?backup=none"],
    ["Owner or backup has left", "/tokens?ownerState=deactivated"],
    ["No runbook", "/tokens?runbook=missing"],
  ];
  for (const [title, href] of expected) {
    await expect(card(title).getByRole("link", { name: /^[\d,]+ tokens? / })).toHaveAttribute("href", href);
  }
  await expect(card("Reminders failed")).toHaveCount(0);

  await card("Owner or backup has left")
    .getByRole("link", { name: /^[\d,]+ tokens? / })
    .click();
  await expect(page).toHaveURL(/\/tokens\?ownerState=deactivated$/);
  await expect(page.getByLabel("People who left")).toHaveValue("deactivated");
  await page.goto(`/tokens?ownerState=deactivated&q=${m}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table")).toContainText(`Leaver's ${m}`);
});

test("admins also see failed reminders, linking to the failed emails in the Outbox", async ({ page }) => {
  await signInAs(page.context(), await createPerson({ role: "admin" }));
  await page.goto("/");
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Reminders failed" }) });
  await expect(card).toBeVisible();
  const link = card.getByRole("link");
  if ((await link.count()) > 0) await expect(link).toHaveAttribute("href", "/outbox?status=failed");
  else await expect(card).toContainText("None right now.");
});

test("the home page has no serious accessibility problems, for visitors and signed-in people, on a phone too", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Tokenbook" })).toBeVisible();
  expect(await seriousAccessibilityIssues(page)).toEqual([]);

  await createTokenRecord({ name: `Axe home ${marker()}`, expiresOn: daysFromNow(1) });
  await signInAs(page.context(), await createPerson({ role: "admin" }));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /What needs attention/ })).toBeVisible();
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  await page.screenshot({ path: "test-results/home-desktop.png", fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/home-phone.png", fullPage: true });
});
