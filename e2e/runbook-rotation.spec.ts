import { db } from "@/lib/db";
import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";
import { daysFromNow, isoDay, shownDay } from "@/testing/dates";

const suffix = () => Math.random().toString(36).slice(2, 7);

async function ownerBackupAndToken() {
  const id = suffix();
  const owner = await createPerson({ role: "editor", name: `Finn Owner ${id}` });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${id}` });
  const token = await createTokenRecord({
    name: `HubSpot reporting key ${id}`,
    service: "HubSpot",
    ownerId: owner.id,
    backupId: backup.id,
    consoleUrl: "https://app.hubspot.com/private-apps",
    expiresOn: daysFromNow(21),
  });
  return { owner, backup, token };
}

test("the owner starts a rotation from a template and ticks half; the backup carries on elsewhere and signs off", async ({
  browser,
}) => {
  const { owner, backup, token } = await ownerBackupAndToken();
  const ownerContext = await browser.newContext();
  await signInAs(ownerContext, owner);
  const ownerPage = await ownerContext.newPage();

  await ownerPage.goto(`/tokens/${token.id}`);
  await ownerPage.getByRole("link", { name: "Start from a template" }).click();
  await ownerPage.getByRole("radio", { name: /API key in a SaaS admin console/ }).check();
  await ownerPage.getByRole("button", { name: "Use this template" }).click();
  await expect(ownerPage.getByText("The runbook was written from the template.")).toBeVisible();
  await expect(ownerPage.getByRole("heading", { name: "4. How to make a new one" })).toBeVisible();
  await expect(ownerPage.getByRole("link", { name: /the HubSpot console/ }).first()).toHaveAttribute(
    "href",
    "https://app.hubspot.com/private-apps",
  );

  await ownerPage.getByRole("button", { name: "Start a rotation" }).click();
  await expect(ownerPage.getByRole("heading", { level: 1, name: `Rotation: ${token.name}` })).toBeVisible();
  for (const step of [1, 2, 3]) {
    await ownerPage.getByRole("checkbox", { name: `Step ${step}` }).check();
    await expect(ownerPage.getByText(`Done by Finn Owner`, { exact: false }).nth(step - 1)).toBeVisible();
  }
  await expect(ownerPage.getByText(/— 3 of 6 steps done/)).toBeVisible();
  await ownerContext.close();

  const backupContext = await browser.newContext();
  await signInAs(backupContext, backup);
  const backupPage = await backupContext.newPage();
  await backupPage.goto(`/tokens/${token.id}`);
  await expect(backupPage.getByText(`Rotation in progress by ${owner.name} — 3 of 6 steps done`)).toBeVisible();
  await backupPage.getByRole("link", { name: "Open the checklist" }).click();
  for (const step of [1, 2, 3]) await expect(backupPage.getByRole("checkbox", { name: `Step ${step}` })).toBeChecked();
  for (const step of [4, 5, 6]) {
    await backupPage.getByRole("checkbox", { name: `Step ${step}` }).check();
    await expect(backupPage.getByText(new RegExp(`— ${step} of 6 steps done`))).toBeVisible();
  }
  const newExpiry = daysFromNow(386);
  await backupPage.getByLabel("New expiry date").fill(isoDay(newExpiry));
  await backupPage.getByLabel("How did you check it works?").fill("The Monday report loaded this morning's numbers.");
  await backupPage.getByRole("button", { name: "Finish and save the new dates" }).click();

  await expect(backupPage.getByText("Rotation finished: the new dates are saved")).toBeVisible();
  await expect(backupPage.getByText(`${shownDay(newExpiry)} (in 386 days)`, { exact: true })).toBeVisible();
  const history = backupPage.getByRole("heading", { name: "History" }).locator("..");
  await expect(history.getByRole("listitem").filter({ hasText: "Rotated the token" })).toContainText(backup.name);
  await expect(history.getByRole("listitem").filter({ hasText: "Started a rotation" })).toContainText(owner.name);
  await backupPage.goto(`/tokens/${token.id}/runbook`);
  await expect(
    backupPage.getByText(`Started by ${owner.name}, ended by ${backup.name} · new expiry ${shownDay(newExpiry)}`),
  ).toBeVisible();
  await backupPage.screenshot({ path: "test-results/runbook-after-rotation.png", fullPage: true });
  await backupContext.close();
});

test("a second simultaneous start is refused with a plain message", async ({ browser }) => {
  const { owner, backup, token } = await ownerBackupAndToken();
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("personal-access-token"));
  const [ownerContext, backupContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  await Promise.all([signInAs(ownerContext, owner), signInAs(backupContext, backup)]);
  const [ownerPage, backupPage] = await Promise.all([ownerContext.newPage(), backupContext.newPage()]);
  await Promise.all([ownerPage.goto(`/tokens/${token.id}/runbook`), backupPage.goto(`/tokens/${token.id}/runbook`)]);

  await ownerPage.getByRole("button", { name: "Start a rotation" }).click();
  await expect(ownerPage.getByRole("heading", { level: 1, name: `Rotation: ${token.name}` })).toBeVisible();
  await backupPage.getByRole("button", { name: "Start a rotation" }).click();
  await expect(backupPage.getByRole("status").filter({ hasText: "Only one can run at a time" })).toContainText(
    `${owner.name} started a rotation of this token on`,
  );
  expect(await db.rotationRun.count({ where: { tokenId: token.id } })).toBe(1);
  await Promise.all([ownerContext.close(), backupContext.close()]);
});

test("a practice run changes no dates and records when the runbook was last tested", async ({ page }) => {
  const { owner, token } = await ownerBackupAndToken();
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("oauth-connection"));
  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}`);
  await expect(page.getByText("This runbook has never been tested with a practice run.")).toBeVisible();
  await page.goto(`/tokens/${token.id}/runbook`);
  await page.getByRole("button", { name: "Start a practice run" }).click();
  await expect(page.getByText("A practice run follows the same checklist without changing any dates.")).toBeVisible();
  for (const step of [1, 2, 3, 4, 5, 6]) {
    await page.getByRole("checkbox", { name: `Step ${step}` }).check();
    await expect(page.getByText(new RegExp(`— ${step} of 6 steps done`))).toBeVisible();
  }
  await page.getByLabel(/How did the practice go/).fill("Steps match the console; step 2 needed a screenshot.");
  await page.getByRole("button", { name: "Finish the practice run" }).click();
  await expect(page.getByText("Practice run finished: the runbook is marked as tested today.")).toBeVisible();
  await expect(page.getByText(/Runbook last tested on \d+ \w+ \d{4}/)).toBeVisible();
  await expect(page.getByText(`${shownDay(token.expiresOn!)} (in 21 days)`, { exact: true })).toBeVisible();
  const after = await db.token.findUniqueOrThrow({ where: { id: token.id } });
  expect(after.expiresOn?.toISOString().slice(0, 10)).toBe(isoDay(token.expiresOn!));
  expect(after.lastRotatedOn).toBeNull();
  expect(after.runbookTestedAt).not.toBeNull();
});

test("viewers read the runbook but cannot edit it or start runs", async ({ page }) => {
  const { owner, token } = await ownerBackupAndToken();
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("service-account-key"));
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto(`/tokens/${token.id}/runbook`);
  await expect(page.getByRole("heading", { name: "5. How to put the new one in place" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit runbook" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Start a/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save as template" })).toHaveCount(0);
  await page.goto(`/tokens/${token.id}/runbook/edit`);
  await expect(page.getByRole("heading", { name: /You don't have access/ })).toBeVisible();
});
