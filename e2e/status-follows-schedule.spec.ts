import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

const marker = () => `m${randomBytes(3).toString("hex")}`;

test("a critical token 45 days out is “Expiring soon” (its first reminder is at 60 days); one whose backup left is not “Healthy”", async ({
  page,
}) => {
  const m = marker();
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${m}` });
  const leaver = await createPerson({ role: "editor", name: `Lee Leaver ${m}` });
  const critical = await createTokenRecord({
    name: `Critical ${m}`,
    criticality: "critical",
    expiresOn: daysFromNow(45),
    backupId: backup.id,
  });
  await createTokenRecord({
    name: `Ordinary ${m}`,
    criticality: "medium",
    expiresOn: daysFromNow(45),
    backupId: backup.id,
  });
  const leftBehind = await createTokenRecord({
    name: `Left behind ${m}`,
    expiresOn: daysFromNow(200),
    backupId: leaver.id,
  });
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

  // On home, for the person who backs it up: the critical one needs them now, the ordinary one (first reminder at 30
  // days) not yet.
  await signInAs(page.context(), backup);
  await page.goto("/");
  const mine = page.getByRole("list", { name: "Your tokens" });
  await expect(mine.getByRole("heading", { level: 3 })).toHaveText([`Critical ${m}`]);
  await expect(mine.getByRole("listitem").first()).toContainText("Expiring soon");

  await page.goto(`/tokens/${leftBehind.id}`);
  await expect(page.getByRole("main")).toContainText("Holder has left");
  await expect(page.getByRole("main")).not.toContainText("Healthy");
});

test("an admin sees the organisation's time zone and reminder hour in Settings and saves them; a second tab opened earlier is refused in words", async ({
  page,
}) => {
  await signInAs(page.context(), await createPerson({ role: "admin", name: "Ada Admin" }));
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Time zone" })).toBeVisible();
  // Another tab, opened before this one saves: it must not overwrite the save it has not seen.
  const earlierTab = await page.context().newPage();
  await earlierTab.goto("/settings");
  await expect(earlierTab.getByRole("button", { name: "Save time zone" })).toBeEnabled();

  // The run's own setting (UTC, from midnight) is saved again, so other specs keep the clock they expect.
  await expect(page.getByLabel("Time zone")).toHaveValue("UTC");
  await page.getByLabel("Reminders go out at").selectOption({ label: "00:00" });
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Tokenbook now counts days in UTC, and reminders go out at 00:00 there.",
  );
  await expect(page.getByText("Tokenbook counts days in UTC.")).toBeVisible();

  await earlierTab.getByLabel("Time zone").selectOption("Pacific/Auckland");
  await earlierTab.getByLabel("Reminders go out at").selectOption({ label: "07:00" });
  await earlierTab.getByRole("button", { name: "Save time zone" }).click();
  await expect(
    earlierTab.getByText(/Ada Admin changed the time zone at .*, after you opened this form\. Nothing was saved/),
  ).toBeVisible();
  await expect(earlierTab.getByLabel("Time zone")).toHaveValue("Pacific/Auckland");
  await earlierTab.screenshot({ path: "test-results/settings-time-zone-out-of-date.png", fullPage: true });
  expect((await db.setting.findUniqueOrThrow({ where: { key: "organisation.time" } })).value).toEqual({
    timeZone: "UTC",
    reminderHour: 0,
  });
  await earlierTab.close();
});
