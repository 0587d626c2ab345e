import { db } from "@/lib/db";
import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { linkIn } from "./support/links";
import { signInAs } from "./support/sign-in-as";

test("anyone reports a leak; owner, backup and admins are emailed at once; the owner revokes and the time to revoke shows", async ({
  page,
  browser,
  mail,
}) => {
  const id = Math.random().toString(36).slice(2, 7);
  const owner = await createPerson({ role: "editor", name: `Olive Owner ${id}`, email: uniqueEmail("owner") });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${id}`, email: uniqueEmail("backup") });
  const admin = await createPerson({ role: "admin", name: `Ada Admin ${id}`, email: uniqueEmail("admin") });
  const viewer = await createPerson({ role: "viewer", name: `Vic Viewer ${id}` });
  const token = await createTokenRecord({
    name: `Slack bot ${id}`,
    service: "Slack",
    ownerId: owner.id,
    backupId: backup.id,
    dependents: ["Sales alerts channel"],
  });
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("oauth-connection"));

  await signInAs(page.context(), viewer);
  await page.goto(`/tokens/${token.id}`);
  await page.getByRole("button", { name: "Report as compromised" }).click();
  await page.getByLabel("What happened (optional)").fill("Pasted into the public #general channel.");
  const reportedAt = Date.now();
  await page.getByRole("button", { name: "Yes, report it and alert everyone" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Emergency: “${token.name}” may have leaked` }),
  ).toBeVisible();
  await expect(page.getByText("Reported. The owner, the backup and every admin have been emailed.")).toBeVisible();

  const [toOwner, toBackup, toAdmin] = await Promise.all(
    [owner, backup, admin].map((person) => mail.waitForMail({ to: person.email, subject: "Leaked token" })),
  );
  // At once, not at the next five-minute reminder sweep (with room for a busy machine).
  for (const alert of [toOwner, toBackup, toAdmin])
    expect(alert.receivedAt.getTime() - reportedAt).toBeLessThan(60_000);
  expect(toOwner.subject).toBe(`Leaked token: “${token.name}” (Slack) — switch it off now`);
  expect(toOwner.text).toContain(`${viewer.name} reported the Slack token “${token.name}” as compromised`);
  expect(toOwner.text).toContain("Pasted into the public #general channel.");
  expect(toOwner.text).toContain("1. Switch the token off at the provider");
  expect(toOwner.text).toContain("Sales alerts channel");
  const emergencyLink = linkIn(toOwner.text, `/tokens/${token.id}/runbook/emergency`);

  // As if the report had come in 42 minutes before the owner got to it.
  await db.token.update({ where: { id: token.id }, data: { compromisedAt: new Date(Date.now() - 42 * 60_000) } });
  const ownerContext = await browser.newContext();
  await signInAs(ownerContext, owner);
  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto(emergencyLink);
  await ownerPage.getByLabel("Why it was revoked").fill("Deleted the bot token in the Slack admin console.");
  await ownerPage.getByRole("button", { name: "Mark revoked" }).click();
  await expect(ownerPage.getByText(/Revoked on .*\. Revoked 42 minutes after it was reported\./)).toBeVisible();

  await ownerPage.getByRole("button", { name: "Start the emergency replacement" }).click();
  await expect(ownerPage.getByRole("checkbox", { name: /^Step \d+$/ })).toHaveCount(7);
  await expect(ownerPage.getByText("Switch off the leaked token", { exact: true })).toBeVisible();

  await ownerPage.goto(`/tokens/${token.id}`);
  await expect(ownerPage.getByText(/Revoked on .*\. Revoked 42 minutes after it was reported\./)).toBeVisible();
  await expect(ownerPage.getByText("Emergency replacement in progress by")).toBeVisible();
  const history = ownerPage.getByRole("heading", { name: "History" }).locator("..");
  await expect(history.getByRole("listitem").filter({ hasText: "Reported the token as compromised" })).toContainText(
    viewer.name,
  );
  await expect(history.getByRole("listitem").filter({ hasText: "Marked the token revoked" })).toContainText(owner.name);
  await ownerPage.screenshot({ path: "test-results/incident-token-page.png", fullPage: true });
  await ownerContext.close();
});

test("viewers cannot mark a token revoked", async ({ page }) => {
  const token = await createTokenRecord({ state: "compromised", compromisedAt: new Date() });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto(`/tokens/${token.id}/runbook/emergency`);
  await expect(page.getByText("Only the owner, the backup or an admin can mark it revoked.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark revoked" })).toHaveCount(0);
});
