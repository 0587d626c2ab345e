import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

const sweepKey = "job-run:reminders-sweep";

test("while the reminder sweep fails, admins see why on every page, with a link to the Outbox; others do not", async ({
  page,
}) => {
  const before = await db.setting.findUnique({ where: { key: sweepKey } });
  // A failure stamped a little ahead, so the app's own sweep (every 5 minutes) cannot clear it mid-test.
  const failedAt = new Date(Date.now() + 10 * 60_000).toISOString();
  await db.setting.upsert({
    where: { key: sweepKey },
    create: {
      key: sweepKey,
      value: { lastSuccessAt: null, lastFailureAt: failedAt, lastError: "the database refused the query" },
    },
    update: { value: { lastSuccessAt: null, lastFailureAt: failedAt, lastError: "the database refused the query" } },
  });
  try {
    await signInAs(page.context(), await createPerson({ role: "admin" }));
    for (const path of ["/", "/tokens", "/people"]) {
      await page.goto(path);
      const banner = page.getByRole("region", { name: "Reminder problems" });
      await expect(banner).toContainText("Reminders are not reaching people");
      await expect(banner).toContainText("The reminder sweep failed at");
      await expect(banner).toContainText("the database refused the query");
      await expect(banner.getByRole("link", { name: "Open the Outbox" })).toHaveAttribute("href", "/outbox");
    }
    const health = await page.request.get("/api/health");
    expect(health.status()).toBe(503);
    expect((await health.json()).reason).toContain("the database refused the query");

    await page.context().clearCookies();
    await signInAs(page.context(), await createPerson({ role: "editor" }));
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Reminder problems" })).toHaveCount(0);
  } finally {
    if (before) await db.setting.update({ where: { key: sweepKey }, data: { value: before.value ?? {} } });
    else await db.setting.delete({ where: { key: sweepKey } });
  }
});
