import { randomBytes } from "node:crypto";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";
import { daysFromNow } from "@/testing/dates";

// Speed must never come from serving one person's page to another, or an old page after a change.
test("a change saved by an admin shows at once on the list, home and token page for a viewer, who never sees the admin's page", async ({
  browser,
}) => {
  test.slow(); // two people, seven page loads
  const m = randomBytes(4).toString("hex");
  const admin = await createPerson({ role: "admin", name: `Ada Admin ${m}` });
  const viewer = await createPerson({ role: "viewer", name: `Vic Viewer ${m}` });
  // Expired longest ago of all, so the home page's "expired" card names it first.
  const token = await createTokenRecord({ name: `Fresh before ${m}`, expiresOn: daysFromNow(-9000) });
  const adminPage = await (await browser.newContext()).newPage();
  const viewerPage = await (await browser.newContext()).newPage();
  await signInAs(adminPage.context(), admin);
  await signInAs(viewerPage.context(), viewer);

  // Both open the same addresses, the admin first each time.
  for (const path of ["/", `/tokens?q=${m}`, `/tokens/${token.id}`]) {
    await adminPage.goto(path);
    await expect(adminPage.getByRole("link", { name: "Audit log" })).toBeVisible();
    await viewerPage.goto(path);
    await expect(viewerPage.getByRole("link", { name: `Vic Viewer ${m}` })).toBeVisible();
    await expect(viewerPage.getByRole("link", { name: `Ada Admin ${m}` })).toHaveCount(0);
    await expect(viewerPage.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  }
  await expect(adminPage.getByRole("link", { name: "Edit token" })).toBeVisible();
  await expect(viewerPage.getByRole("heading", { level: 1, name: `Fresh before ${m}` })).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "Edit token" })).toHaveCount(0);

  await adminPage.getByRole("link", { name: "Edit token" }).click();
  await adminPage.getByLabel("Name", { exact: true }).fill(`Fresh after ${m}`);
  await adminPage.getByRole("button", { name: "Save changes" }).click();
  await expect(adminPage.getByText("Your changes were saved.")).toBeVisible();

  await viewerPage.goto(`/tokens/${token.id}`);
  await expect(viewerPage.getByRole("heading", { level: 1, name: `Fresh after ${m}` })).toBeVisible();
  await viewerPage.goto(`/tokens?q=${m}`);
  await expect(viewerPage.getByRole("link", { name: `Fresh after ${m}` })).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: `Fresh before ${m}` })).toHaveCount(0);
  await viewerPage.goto("/");
  // Named on every home card it belongs to (expired, no backup, no runbook).
  await expect(viewerPage.getByRole("link", { name: `Fresh after ${m}` }).first()).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: `Fresh before ${m}` })).toHaveCount(0);
});
