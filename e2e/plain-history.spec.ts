import type { Page } from "@playwright/test";
import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { startRun } from "@/lib/runs/start-run";
import { setStepChecked } from "@/lib/runs/tick-step";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay, shownDay } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

// What a reader must never meet on the history and audit pages.
const fieldKey = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const cuidLike = /\bc[a-z0-9]{20,}\b/;
const jsonLike = /[{}[\]]|":/;

async function expectPlainWords(page: Page) {
  const text = await page.getByRole("main").innerText();
  expect(text).not.toMatch(fieldKey);
  expect(text).not.toMatch(cuidLike);
  expect(text).not.toMatch(jsonLike);
}

test("history and the audit log say each change in a sentence, with people by name and no ids", async ({
  page,
  browser,
}) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const finn = await createPerson({ role: "editor", name: `Finn Larsen ${suffix}` });
  const ada = await createPerson({ role: "editor", name: `Ada Lind ${suffix}` });
  const bo = await createPerson({ role: "editor", name: `Bo Berg ${suffix}` });
  const admin = await createPerson({ role: "admin", name: `Alma Admin ${suffix}` });
  const oldExpiry = daysFromNow(40);
  const newExpiry = daysFromNow(130);
  const token = await createTokenRecord({
    name: `Mailchimp audience sync ${suffix}`,
    service: "Mailchimp",
    ownerId: finn.id,
    backupId: ada.id,
    expiresOn: oldExpiry,
  });
  const finnActor = { id: finn.id, email: finn.email, name: finn.name, role: finn.role };
  await startRunbookFromTemplate(finnActor, token.id, builtInTemplateId("saas-api-key"));
  const run = await startRun(finnActor, token.id, "practice");
  await setStepChecked(finnActor, run.id, 0, true);

  await signInAs(page.context(), finn);
  await page.goto(`/tokens/${token.id}/edit`);
  await page.getByLabel("Expires on").fill(isoDay(newExpiry));
  await page.getByLabel("Backup (optional, but needed to count as healthy)").fill(`${bo.name} (${bo.email})`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();

  await page.goto(`/tokens/${token.id}/runbook/edit`);
  const generate = page.getByRole("group", { name: "4. How to make a new one" });
  await generate
    .getByRole("textbox", { name: /^Step 1 of/ })
    .fill("Open the **Mailchimp** [account page](https://mailchimp.com/account)");
  await page.getByRole("button", { name: "Save runbook" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  await page.goto(`/tokens/${token.id}`);
  const history = page.getByRole("heading", { name: "History" }).locator("..");
  await expect(
    history.getByText(`Expiry date changed from ${shownDay(oldExpiry)} to ${shownDay(newExpiry)} by ${finn.name}`, {
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    history.getByText(`Backup changed from ${ada.name} to ${bo.name} by ${finn.name}`, { exact: true }),
  ).toBeVisible();
  await expect(history.getByText(`Steps edited in “How to make a new one” by ${finn.name}`)).toBeVisible();
  await history.getByText("Show the difference").click();
  await expect(history.getByText(/^Step 1 changed from “.+” to “Open the Mailchimp account page”$/)).toBeVisible();
  await expect(history.getByText("Ticked step 1 of", { exact: false })).toHaveCount(0);
  await expectPlainWords(page);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInAs(adminContext, admin);
  await adminPage.goto(`/audit?person=${encodeURIComponent(finn.name)}`);
  const entries = adminPage.getByRole("region", { name: "Audit entries" });
  await expect(entries.getByText(/^Ticked step 1 of \d+ of a run$/)).toBeVisible();
  await expect(entries.getByRole("link", { name: token.name }).first()).toBeVisible();
  await expect(entries.getByText(`Backup changed from ${ada.name} to ${bo.name}`, { exact: true })).toBeVisible();
  await expectPlainWords(adminPage);
  await adminContext.close();
});
