import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

const warning = /This date has already passed/;

test("a past expiry date on a new or edited token is warned about, not refused", async ({ page }) => {
  const editor = await createPerson({ role: "editor" });
  await signInAs(page.context(), editor);
  const name = `Late entry ${Math.random().toString(36).slice(2, 7)}`;
  await page.goto("/tokens/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Service", { exact: true }).fill("Mailchimp");
  await page.getByLabel("What it is for").fill("Sends the monthly newsletter");
  await page.getByLabel("Where the secret is stored").fill("1Password › Marketing vault");
  await page.getByLabel("Expires on").fill(isoDay(daysFromNow(-3)));
  await expect(page.getByRole("status").filter({ hasText: warning })).toBeVisible();
  await page.getByLabel("Expires on").fill(isoDay(daysFromNow(30)));
  await expect(page.getByRole("status").filter({ hasText: warning })).toHaveCount(0);
  await page.getByLabel("Expires on").fill(isoDay(daysFromNow(-3)));
  await page.getByRole("button", { name: "Save token" }).click();
  await expect(page.getByText("The token was saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Expired").first()).toBeVisible();

  const token = await createTokenRecord({ ownerId: editor.id, expiresOn: daysFromNow(40) });
  await page.goto(`/tokens/${token.id}/edit`);
  await expect(page.getByRole("status").filter({ hasText: warning })).toHaveCount(0);
  await page.getByLabel("Expires on").fill(isoDay(daysFromNow(-1)));
  await expect(page.getByRole("status").filter({ hasText: warning })).toBeVisible();
  await page.getByLabel("Does not expire (Tokenbook will flag this as a risk)").check();
  await expect(page.getByRole("status").filter({ hasText: warning })).toHaveCount(0);
});
