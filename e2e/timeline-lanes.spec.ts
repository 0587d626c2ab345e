import { randomBytes } from "node:crypto";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";
import { typeInto } from "./support/type-into";

// The e2e database is shared by parallel tests: every team, person and token here carries its own word.
const marker = () => `t${randomBytes(4).toString("hex")}`;
const rowHeaders = (page: import("@playwright/test").Page) => page.locator("tbody th[scope=row]");

test("an owner's lane is found by typing their name; the choice stays in the address and shows by name", async ({
  page,
}) => {
  const m = marker();
  const owner = await createPerson({ name: `Fiona Findme ${m}`, role: "editor" });
  await createTokenRecord({ name: `Found ${m}`, ownerId: owner.id, expiresOn: daysFromNow(12) });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto("/timeline?range=12w&group=owner");

  const picker = page.getByRole("combobox", { name: "Find an owner" });
  await typeInto(picker, `fiona findme ${m}`);
  await page.getByRole("option", { name: new RegExp(`Fiona Findme ${m}`) }).click();
  await page.getByRole("button", { name: "Show", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/timeline\\?range=12w&group=owner&owner=${owner.id}$`));
  await expect(rowHeaders(page)).toHaveCount(1);
  await expect(rowHeaders(page)).toContainText(`Fiona Findme ${m}`);
  await expect(page.getByRole("link", { name: new RegExp(`^Found ${m} \\(HubSpot\\)`) })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Find an owner" })).toHaveValue(`Fiona Findme ${m} (${owner.email})`);
  expect(await seriousAccessibilityIssues(page)).toEqual([]);

  await page.getByRole("link", { name: "Show all owners" }).click();
  await expect(page).toHaveURL(/\/timeline\?range=12w&group=owner$/);
});

test("lanes come 15 a page with Next and Previous links in the address, the viewer's own lane first", async ({
  page,
}) => {
  const m = marker();
  // More owners than fit on one page, each with an expiry in the next weeks.
  for (let n = 0; n < 16; n++) {
    const owner = await createPerson({ name: `Paged owner ${n} ${m}`, role: "editor" });
    await createTokenRecord({ name: `Paged ${n} ${m}`, ownerId: owner.id, expiresOn: daysFromNow(15 + n) });
  }
  const me = await createPerson({ name: `Mia Mine ${m}`, role: "editor" });
  await createTokenRecord({ name: `Mine ${m}`, ownerId: me.id, expiresOn: daysFromNow(50) });
  await signInAs(page.context(), me);
  await page.goto("/timeline?range=12w&group=owner");

  await expect(rowHeaders(page).first()).toContainText(`Mia Mine ${m}`);
  await expect(rowHeaders(page)).toHaveCount(15);
  const lanes = page.getByRole("navigation", { name: "Other owners" });
  await expect(lanes).toContainText(/Owners 1–15 of \d+, most urgent first/);
  await expect(lanes.getByRole("link", { name: "Previous owners" })).toHaveCount(0);

  await lanes.getByRole("link", { name: "Next owners" }).click();
  await expect(page).toHaveURL(/\/timeline\?range=12w&group=owner&page=2$/);
  await expect(lanes).toContainText(/Owners 16–\d+ of \d+/);
  await expect(rowHeaders(page).filter({ hasText: `Mia Mine ${m}` })).toHaveCount(0);
  await lanes.getByRole("link", { name: "Previous owners" }).click();
  await expect(page).toHaveURL(/\/timeline\?range=12w&group=owner$/);

  // By team, the viewer's own team comes first.
  const team = await createTeam(`Zz my team ${m}`);
  const teamMate = await createPerson({ name: `Teamed ${m}`, role: "editor", team: { connect: { id: team.id } } });
  await createTokenRecord({ name: `Team token ${m}`, teamId: team.id, expiresOn: daysFromNow(30) });
  await signInAs(page.context(), teamMate);
  await page.goto("/timeline?range=12w&group=team");
  await expect(rowHeaders(page).first()).toContainText(`Zz my team ${m}`);
});
