import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { startRun } from "@/lib/runs/start-run";
import { setStepChecked } from "@/lib/runs/tick-step";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

// Characters drawn from an emoji font by default: empty boxes on a machine without one.
const emoji = /\p{Emoji_Presentation}/u;

test("home, token page, run page and runbook editor read well at 1280 and 390 px: signs are drawn, not emoji; axe finds nothing serious", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const id = Math.random().toString(36).slice(2, 7);
  const editor = await createPerson({ role: "editor", name: `Finn Larsen ${id}` });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${id}` });
  const token = await createTokenRecord({
    name: `HubSpot reporting ${id}`,
    service: "HubSpot",
    ownerId: editor.id,
    backupId: backup.id,
    expiresOn: daysFromNow(-1),
    dependents: ["Monday marketing report"],
  });
  await createTokenRecord({
    name: `Mailchimp sync ${id}`,
    service: "Mailchimp",
    ownerId: editor.id,
    expiresOn: daysFromNow(5),
  });
  const actor = { id: editor.id, email: editor.email, name: editor.name, role: editor.role };
  await startRunbookFromTemplate(actor, token.id, builtInTemplateId("saas-api-key"));
  const run = await startRun(actor, token.id, "rotation");
  await setStepChecked(actor, run.id, 0, true);
  await signInAs(page.context(), editor);

  const pages = [
    ["home-editor", "/"],
    ["token", `/tokens/${token.id}`],
    ["run", `/tokens/${token.id}/runbook/run`],
    ["runbook-editor", `/tokens/${token.id}/runbook/edit`],
  ] as const;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of pages) {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      if (name === "runbook-editor") {
        await page.getByRole("button", { name: "Show how the steps will look" }).click();
        await expect(
          page
            .getByRole("region", { name: "Preview" })
            .getByRole("heading", { name: "7. How to roll back if it didn't work" }),
        ).toBeVisible();
      }
      expect(await page.locator("body").innerText(), `${name} at ${width} px`).not.toMatch(emoji);
      expect(await seriousAccessibilityIssues(page), `${name} at ${width} px`).toEqual([]);
      await page.screenshot({ path: `test-results/look-${name}-${width}.png`, fullPage: true });
      if (name === "run")
        await expect(page.getByRole("definition").filter({ hasText: "Monday marketing report" })).toBeVisible();
    }
  }
});
