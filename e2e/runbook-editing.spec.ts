import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

const hostile = [
  "<script>window.__pwned = 1</script>",
  '<img src="x" onerror="window.__pwned = 2">',
  "[Click me](javascript:window.__pwned=3)",
  "[Open this](data:text/html,hello)",
  "![tracker](data:image/gif,x)",
  "Then open [the real console](https://app.hubspot.com/keys).",
].join("\n\n");

test("an owner edits the steps: adds, reorders and removes; hostile markdown renders as inert text", async ({
  page,
}) => {
  const owner = await createPerson({ role: "editor", name: `Olive Owner ${Math.random().toString(36).slice(2, 6)}` });
  const token = await createTokenRecord({
    ownerId: owner.id,
    service: "HubSpot",
    consoleUrl: "https://app.hubspot.com/keys",
  });
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("saas-api-key"));
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}/runbook`);
  await page.getByRole("link", { name: "Edit runbook" }).click();

  const generate = page.getByRole("group", { name: "4. How to make a new one" });
  await generate.getByRole("button", { name: "+ Add a step" }).click();
  await generate.getByRole("textbox", { name: /^Step 3 of/ }).fill(hostile);
  await generate.getByRole("button", { name: "Move How to make a new one, step 3 up" }).click();
  const verify = page.getByRole("group", { name: "6. How to check it worked" });
  await verify.getByRole("button", { name: "Remove How to check it worked, step 2" }).click();
  await page.getByRole("button", { name: "Save runbook" }).click();
  await expect(page.getByText("The runbook was saved.")).toBeVisible();

  const document = page.locator(".runbook-document");
  const generateSteps = document
    .locator("section", { has: page.getByRole("heading", { name: "4. How to make a new one" }) })
    .getByRole("listitem");
  await expect(generateSteps).toHaveCount(3);
  await expect(generateSteps.nth(1)).toContainText("Click me");
  await expect(
    document
      .locator("section", { has: page.getByRole("heading", { name: "6. How to check it worked" }) })
      .getByRole("listitem"),
  ).toHaveCount(1);

  expect(await document.locator("script, img, iframe, object, embed").count()).toBe(0);
  expect(await document.locator("[onerror], [onclick], [onload]").count()).toBe(0);
  const hrefs = await document
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => !/^(https:|mailto:|\/)/.test(href))).toEqual([]);
  await expect(document.getByText("Click me")).not.toHaveAttribute("href");
  await expect(document.getByRole("link", { name: /the real console/ })).toHaveAttribute(
    "rel",
    "noopener noreferrer nofollow",
  );
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  const printedLink = await document
    .getByRole("link", { name: /the real console/ })
    .evaluate((link) => getComputedStyle(link, "::after").content);
  expect(printedLink).toContain("https://app.hubspot.com/keys");
  await page.screenshot({ path: "test-results/runbook-print.png", fullPage: true });
});

test("a secret pasted into a step is refused and nothing is saved", async ({ page }) => {
  const owner = await createPerson({ role: "editor" });
  const token = await createTokenRecord({ ownerId: owner.id });
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("personal-access-token"));
  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}/runbook/edit`);
  const replace = page.getByRole("group", { name: "5. How to put the new one in place" });
  await replace
    .getByRole("textbox", { name: /^Step 1 of/ })
    .fill(`Paste ghp_${"a1B2c3D4e5".repeat(3)}abcdef into the vault`);
  await page.getByRole("button", { name: "Save runbook" }).click();
  await expect(replace.getByText(/looks like it contains the secret itself/)).toBeVisible();
  await page.goto(`/tokens/${token.id}/runbook`);
  await expect(page.getByText(/ghp_/)).toHaveCount(0);
});

test("an editor who neither owns nor backs up the token cannot edit its runbook or start a run", async ({ page }) => {
  const token = await createTokenRecord({});
  const owner = await createPerson({ role: "editor" });
  await startRunbookFromTemplate(
    { id: owner.id, email: owner.email, name: owner.name, role: "admin" },
    token.id,
    builtInTemplateId("saas-api-key"),
  );
  await signInAs(page.context(), await createPerson({ role: "editor" }));
  await page.goto(`/tokens/${token.id}/runbook`);
  await expect(page.getByRole("heading", { name: "7. How to roll back if it didn't work" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit runbook" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Start a rotation" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save as template" })).toBeVisible();
  await page.goto(`/tokens/${token.id}/runbook/edit`);
  await expect(page.getByRole("heading", { name: /You don't have access/ })).toBeVisible();
});
