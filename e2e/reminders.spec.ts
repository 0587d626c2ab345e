import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { linkIn } from "./support/links";
import { signInAs } from "./support/sign-in-as";
import { daysFromNow, isoDay } from "@/testing/dates";
import { runReminderSweep } from "./support/reminder-sweep";

test("an owner gets the 7-day reminder, presses “I'm on it” in the email, and the token page shows it", async ({
  page,
  mail,
}) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const owner = await createPerson({ role: "editor", name: `Olga Owner ${suffix}`, email: uniqueEmail("olga") });
  const backup = await createPerson({ role: "editor", name: `Finn Backup ${suffix}`, email: uniqueEmail("finn") });
  const token = await createTokenRecord({
    name: `HubSpot reporting key ${suffix}`,
    ownerId: owner.id,
    backupId: backup.id,
    expiresOn: daysFromNow(7),
    dependents: ["Weekly marketing report"],
  });

  await runReminderSweep();
  const email = await mail.waitForMail({
    to: owner.email,
    subject: `HubSpot reporting key ${suffix} expires in 7 days`,
  });
  expect(email.text).toContain("If it runs out, these stop working: Weekly marketing report.");
  expect(email.text).toContain(`Backup: Finn Backup ${suffix}`);
  expect(linkIn(email.text, `/tokens/${token.id}/runbook`)).toBeTruthy();

  // Opening the link (as a mail scanner would) records nothing; the press does.
  await page.goto(linkIn(email.text, "/im-on-it"));
  await expect(page.getByRole("heading", { name: "I'm on it" })).toBeVisible();
  expect(await db.acknowledgement.count({ where: { tokenId: token.id } })).toBe(0);
  await page.getByRole("button", { name: "Yes, I'm on it" }).click();
  await expect(page.getByRole("status")).toContainText("Thanks — you're on it since");
  expect(await db.acknowledgement.count({ where: { tokenId: token.id, personId: owner.id } })).toBe(1);

  await signInAs(page.context(), backup);
  await page.goto(`/tokens/${token.id}`);
  const panel = page.getByRole("heading", { name: "Reminders" }).locator("..");
  await expect(panel).toContainText(`Olga Owner ${suffix} (since`);
  // The email is marked sent a moment after it went (by the job that sent it); the page shows it on its next load.
  await expect(async () => {
    await page.reload();
    await expect(panel.getByRole("row", { name: new RegExp(`Olga Owner ${suffix}`) })).toContainText("Sent", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 60_000 });
  await expect(panel.getByRole("row", { name: new RegExp(`Finn Backup ${suffix}`) })).toContainText("7 days before");
});

test("a changed link is refused with a plain explanation", async ({ page }) => {
  await page.goto(`/im-on-it?token=abc&due=${isoDay(daysFromNow(7))}&person=xyz&sig=forged`);
  await expect(page.getByRole("heading", { name: "This link doesn't work" })).toBeVisible();
});

test("an admin changes the reminder schedule in Settings; bad input is explained and nothing is saved", async ({
  page,
}) => {
  const admin = await createPerson({ role: "admin", name: "Ada Admin" });
  await signInAs(page.context(), admin);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Reminder schedule" })).toBeVisible();

  const days = page.getByLabel("Days before the due date");
  await days.fill("30, soon");
  await page.getByRole("button", { name: "Save the schedule" }).click();
  await expect(page.getByText("write whole numbers of days separated by commas")).toBeVisible();

  await days.fill("30, 14, 10, 7, 3, 1, 0");
  await page.getByRole("button", { name: "Save the schedule" }).click();
  await expect(page.getByRole("status")).toContainText("The reminder schedule was saved.");
  await page.reload();
  await expect(page.getByLabel("Days before the due date")).toHaveValue("30, 14, 10, 7, 3, 1, 0");
  expect(
    await db.auditEvent.count({ where: { action: "settings.reminder_schedule_changed", actorId: admin.id } }),
  ).toBe(1);
});

test("a viewer cannot open Settings", async ({ page }) => {
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "You don't have access to Settings" })).toBeVisible();
});

test("a person switches to one daily reminder email on their profile", async ({ page }) => {
  const person = await createPerson({ role: "editor" });
  await signInAs(page.context(), person);
  await page.goto("/profile");
  const panel = page.getByRole("heading", { name: "Reminder emails" }).locator("..");
  await panel.getByLabel("Send me one email a day listing my reminders").check();
  await panel.getByRole("button", { name: "Save", exact: true }).click();
  await expect(panel.getByRole("status")).toContainText("one email a day");
  expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).reminderDigest).toBe(true);
});
