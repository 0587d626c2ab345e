// Issue 14: a link in an email lands where it points, even for someone signed out: after the magic
// link they are on that page. A return address on another origin lands on Home instead.
import type { Page } from "@playwright/test";
import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import { createActor } from "./support/actors";
import { expect, test, uniqueEmail } from "./support/fixtures";
import type { MailCatcherClient } from "@/testing/mail-catcher";
import { linkIn } from "./support/links";
import { signInAs } from "./support/sign-in-as";
import { runReminderSweep } from "./support/reminder-sweep";

let nextAddress = 1;
// Each test asks for links from its own client address, so the sign-in limit of one never touches another.
test.beforeEach(async ({ page }, testInfo) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.${100 + testInfo.workerIndex}.${nextAddress++}` });
});

const tag = () => Math.random().toString(36).slice(2, 7);

/** On the sign-in page the app sent us to: ask for the link, follow it from the real email, confirm. */
async function signInByMail(page: Page, mail: MailCatcherClient, email: string) {
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a sign-in link is on its way" })).toBeVisible();
  const message = await mail.waitForMail({ to: email, subject: "Your Tokenbook sign-in link" });
  await page.goto(linkIn(message.text, "/sign-in/confirm"));
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
}

test("signed out, the reminder's “Open the runbook” link leads through sign-in to the runbook", async ({
  page,
  mail,
}) => {
  const id = tag();
  const owner = await createPerson({ role: "editor", name: `Olga Owner ${id}`, email: uniqueEmail("olga") });
  const backup = await createPerson({ role: "editor", name: `Finn Backup ${id}`, email: uniqueEmail("finn") });
  const token = await createTokenRecord({
    name: `Return reminder ${id}`,
    ownerId: owner.id,
    backupId: backup.id,
    expiresOn: daysFromNow(7),
  });
  await runReminderSweep();
  const reminder = await mail.waitForMail({
    to: owner.email,
    subject: `Return reminder ${id} (HubSpot) expires in 7 days`,
  });
  expect(reminder.html).toContain("Open the runbook");
  // "I'm on it" stays a link to a page that waits for a press, so a mail scanner records nothing.
  expect(linkIn(reminder.text, "/im-on-it")).toBeTruthy();

  await page.goto(linkIn(reminder.text, `/tokens/${token.id}/runbook`));
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftokens%2F/);
  await signInByMail(page, mail, owner.email);
  await expect(page).toHaveURL(new RegExp(`/tokens/${token.id}/runbook$`));
  await expect(page.getByRole("heading", { level: 1, name: `Runbook: Return reminder ${id}` })).toBeVisible();
});

test("signed out, the leak alert's “Open the emergency steps” link leads through sign-in to the emergency steps", async ({
  page,
  browser,
  mail,
}) => {
  const id = tag();
  const owner = await createPerson({ role: "editor", name: `Olive Owner ${id}`, email: uniqueEmail("olive") });
  const token = await createTokenRecord({ name: `Return leak ${id}`, service: "Slack", ownerId: owner.id });
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("oauth-connection"));
  // Someone else reports it in their own browser; the app sends the alert.
  const reporter = await browser.newContext();
  await signInAs(reporter, await createActor("viewer"));
  const reporterPage = await reporter.newPage();
  await reporterPage.goto(`/tokens/${token.id}`);
  await reporterPage.getByRole("button", { name: "Report as compromised" }).click();
  await reporterPage.getByRole("button", { name: "Yes, report it and alert everyone" }).click();
  await expect(
    reporterPage.getByText("Reported. The owner, the backup and every admin have been emailed."),
  ).toBeVisible();
  await reporter.close();
  const alert = await mail.waitForMail({ to: owner.email, subject: "Leaked token" });

  await page.goto(linkIn(alert.text, `/tokens/${token.id}/runbook/emergency`));
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signInByMail(page, mail, owner.email);
  await expect(page).toHaveURL(new RegExp(`/tokens/${token.id}/runbook/emergency$`));
  await expect(
    page.getByRole("heading", { level: 1, name: `Emergency: “Return leak ${id}” may have leaked` }),
  ).toBeVisible();
});

test("signed out, the hand-over email's link leads through sign-in to the token", async ({ page, browser, mail }) => {
  const id = tag();
  const leaver = await createPerson({ role: "editor", name: `Lee Leaver ${id}` });
  const heir = await createPerson({ role: "editor", name: `Hana Heir ${id}`, email: uniqueEmail("hana") });
  const token = await createTokenRecord({ name: `Return hand-over ${id}`, ownerId: leaver.id });
  // An admin hands Lee's token over in their own browser; the app sends Hana the email.
  const adminContext = await browser.newContext();
  await signInAs(adminContext, await createActor("admin"));
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`/ownership/hand-over/${leaver.id}`);
  await adminPage.getByLabel(`New owner of ${token.name}`).selectOption({ label: heir.name });
  await adminPage.getByRole("button", { name: `Hand over and deactivate ${leaver.name}` }).click();
  await expect(adminPage.getByRole("heading", { name: `${leaver.name} is deactivated` })).toBeVisible();
  await adminContext.close();
  const handOver = await mail.waitForMail({ to: heir.email, subject: "You are now the owner" });

  await page.goto(linkIn(handOver.text, `/tokens/${token.id}`));
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signInByMail(page, mail, heir.email);
  await expect(page).toHaveURL(new RegExp(`/tokens/${token.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Return hand-over ${id}` })).toBeVisible();
});

for (const foreign of ["//evil.example", "https://evil.example", "/\\evil.example"]) {
  test(`a return address on another origin (${foreign}) lands on Home after sign-in`, async ({ page, mail }) => {
    const person = await createPerson({ role: "viewer", name: `Vera Visitor ${tag()}`, email: uniqueEmail("vera") });
    await page.goto(`/sign-in?${new URLSearchParams({ callbackUrl: foreign })}`);
    await signInByMail(page, mail, person.email);
    await expect(page.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(process.env.E2E_BASE_URL!).origin);
    expect(new URL(page.url()).pathname).toBe("/");
  });
}

test("a sign-in link whose return address was changed to another origin still lands on Home", async ({
  page,
  mail,
}) => {
  const person = await createPerson({ role: "viewer", name: `Tess Tamper ${tag()}`, email: uniqueEmail("tess") });
  await page.goto("/sign-in?callbackUrl=%2Fmy-tokens");
  await page.getByLabel("Work email").fill(person.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const message = await mail.waitForMail({ to: person.email, subject: "Your Tokenbook sign-in link" });
  const link = new URL(linkIn(message.text, "/sign-in/confirm"));
  expect(link.searchParams.get("callbackUrl")).toBe("/my-tokens");
  link.searchParams.set("callbackUrl", "https://evil.example/phish");
  await page.goto(link.toString());
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
});
