import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

const marker = () => `m${randomBytes(3).toString("hex")}`;

test("a critical token 45 days out is “Expiring soon” (its first reminder is at 60 days); one whose backup left is not “Healthy”", async ({ page }) => {
  const m = marker();
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${m}` });
  const leaver = await createPerson({ role: "editor", name: `Lee Leaver ${m}` });
  const critical = await createTokenRecord({ name: `Critical ${m}`, criticality: "critical", expiresOn: daysFromNow(45), backupId: backup.id });
  await createTokenRecord({ name: `Ordinary ${m}`, criticality: "medium", expiresOn: daysFromNow(45), backupId: backup.id });
  const leftBehind = await createTokenRecord({ name: `Left behind ${m}`, expiresOn: daysFromNow(200), backupId: leaver.id });
  await db.user.update({ where: { id: leaver.id }, data: { active: false, deactivatedAt: new Date() } });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));

  await page.goto(`/tokens/${critical.id}`);
  await expect(page.getByRole("main")).toContainText("Expiring soon");

  await page.goto(`/tokens?q=${m}`);
  await page.getByText("Filter and sort").click();
  const filters = page.getByRole("form", { name: "Filter and sort tokens" });
  await filters.getByLabel("Status").selectOption({ label: "Expiring soon" });
  await filters.getByRole("button", { name: "Show tokens" }).click();
  await expect(page).toHaveURL(/status=expiring_soon/);
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText(`Critical ${m}`);

  await page.goto(`/tokens/${leftBehind.id}`);
  await expect(page.getByRole("main")).toContainText("Holder has left");
  await expect(page.getByRole("main")).not.toContainText("Healthy");
});

test("an admin sees the organisation's time zone and reminder hour in Settings and saves them", async ({ page }) => {
  await signInAs(page.context(), await createPerson({ role: "admin", name: "Ada Admin" }));
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Time zone" })).toBeVisible();
  // The run's own setting (UTC, from midnight) is saved again, so other specs keep the clock they expect.
  await expect(page.getByLabel("Time zone")).toHaveValue("UTC");
  await page.getByLabel("Reminders go out at").selectOption({ label: "00:00" });
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status")).toContainText("Tokenbook now counts days in UTC, and reminders go out at 00:00 there.");
  await expect(page.getByText("Tokenbook counts days in UTC.")).toBeVisible();
});
