import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

test("the runbook editor shows formatting help and a preview drawn as the runbook page draws it, hostile markdown inert, before saving", async ({
  page,
}) => {
  const owner = await createPerson({ role: "editor", name: `Pia Preview ${Math.random().toString(36).slice(2, 6)}` });
  const token = await createTokenRecord({
    ownerId: owner.id,
    service: "HubSpot",
    consoleUrl: "https://app.hubspot.com/keys",
  });
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("saas-api-key"));
  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}/runbook/edit`);

  await page.getByText("Formatting help").click();
  const help = page.getByRole("table", { name: "What you type and how it looks" });
  await expect(help.getByRole("row", { name: /\*\*Leave the old key on\*\*/ })).toBeVisible();
  await expect(help.getByRole("cell", { name: "Leave the old key on", exact: true })).toBeVisible();

  const generate = page.getByRole("group", { name: "4. How to make a new one" });
  await generate
    .getByRole("textbox", { name: /^Step 1 of/ })
    .fill(
      'Open **Developer settings** in [the console](https://app.hubspot.com/keys).\n\n<img src=x onerror="window.__pwned = 1"> [bad](javascript:window.__pwned=2)',
    );
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("button", { name: "Show how the steps will look" }).click();
  await expect(preview.getByRole("button", { name: "Hide the preview" })).toHaveAttribute("aria-expanded", "true");
  await expect(preview.getByRole("heading", { level: 3 })).toHaveText([
    "4. How to make a new one",
    "5. How to put the new one in place",
    "6. How to check it worked",
    "7. How to roll back if it didn't work",
  ]);
  const firstStep = preview.getByRole("listitem").first();
  await expect(firstStep.locator("strong")).toHaveText("Developer settings");
  await expect(firstStep.getByRole("link", { name: /the console/ })).toHaveAttribute(
    "href",
    "https://app.hubspot.com/keys",
  );
  await expect(firstStep.getByRole("link", { name: "bad" })).toHaveCount(0);
  await expect(firstStep.locator("img")).toHaveCount(0);

  // The preview follows the typing, and nothing was saved by looking.
  await generate.getByRole("textbox", { name: /^Step 1 of/ }).fill("Now *only this*.");
  await expect(preview.getByRole("listitem").first().locator("em")).toHaveText("only this");
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.goto(`/tokens/${token.id}/runbook`);
  await expect(page.getByText("Now only this.")).toHaveCount(0);
});
