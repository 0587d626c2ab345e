import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

test("the owner sets a token's automation hook on its page: the secret once, then only the hint; a viewer sees no form", async ({
  page,
  browser,
}) => {
  const id = Math.random().toString(36).slice(2, 7);
  const owner = await createPerson({ role: "editor", name: `Olive Owner ${id}` });
  const viewer = await createPerson({ role: "viewer", name: `Vic Viewer ${id}` });
  const token = await createTokenRecord({ name: `Deploy key ${id}`, service: "GitHub", ownerId: owner.id });

  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}`);
  const automation = page.getByRole("heading", { name: "Automation" }).locator("..");
  await automation.getByLabel("Hook address").fill("https://ci.example.com/hooks/rotate-s3cr3tPathW9");
  await automation.getByRole("button", { name: "Save hook" }).click();
  const secret = automation.getByTestId("hook-signing-secret");
  await expect(secret).toHaveText(/^whsec_/);
  await expect(automation.getByText("ci.example.com …thW9").first()).toBeVisible();
  await page.screenshot({ path: "test-results/automation-hook.png", fullPage: true });

  await page.reload();
  await expect(automation.getByTestId("hook-signing-secret")).toHaveCount(0);
  await expect(automation).toContainText("calls ci.example.com …thW9");
  await expect(page.locator("body")).not.toContainText("s3cr3tPath");
  expect(await db.auditEvent.count({ where: { recordId: token.id, action: "token.automation_hook_set" } })).toBe(1);

  const viewerContext = await browser.newContext();
  await signInAs(viewerContext, viewer);
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto(`/tokens/${token.id}`);
  await expect(viewerPage.getByRole("heading", { name: "Automation" }).locator("..")).toContainText(
    "ci.example.com …thW9",
  );
  await expect(viewerPage.getByRole("button", { name: "Save hook" })).toHaveCount(0);
  await viewerContext.close();
});
