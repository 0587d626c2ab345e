import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { finishRun } from "@/lib/runs/finish-run";
import { startRun } from "@/lib/runs/start-run";
import { readRunSteps } from "@/lib/runs/run-steps";
import { setStepChecked } from "@/lib/runs/tick-step";
import { withServerClient } from "@/testing/test-database-server";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { startExtraServer } from "./support/extra-server";
import { createOwnDatabase } from "./support/own-database";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

const suffix = () => Math.random().toString(36).slice(2, 7);

test("an editor handed three tokens, one expired, sees them first on home, most urgent first", async ({ page }) => {
  const id = suffix();
  const editor = await createPerson({ role: "editor", name: `Finn Larsen ${id}` });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${id}` });
  await createTokenRecord({
    name: `Fine one ${id}`,
    ownerId: editor.id,
    backupId: backup.id,
    expiresOn: daysFromNow(200),
  });
  await createTokenRecord({
    name: `Soon one ${id}`,
    ownerId: editor.id,
    backupId: backup.id,
    expiresOn: daysFromNow(3),
  });
  await createTokenRecord({
    name: `Expired one ${id}`,
    ownerId: editor.id,
    backupId: backup.id,
    expiresOn: daysFromNow(-2),
  });
  await signInAs(page.context(), editor);
  await page.goto("/");

  const sections = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(sections.first()).toHaveText("Your tokens that need you");
  await expect(sections.filter({ hasText: "What needs attention" })).toBeVisible();
  const mine = page.getByRole("list", { name: "Your tokens" });
  await expect(mine.getByRole("heading", { level: 3 })).toHaveText([`Expired one ${id}`, `Soon one ${id}`]);
  await expect(mine.getByRole("listitem").first()).toContainText("Expired");
  await expect(page.getByRole("link", { name: "All 3 of your tokens" })).toHaveAttribute("href", "/my-tokens");
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
});

test("after a leak, the revoked token stays on home until its replacement is saved; the overview shows the time to revoke", async ({
  page,
}) => {
  const id = suffix();
  const owner = await createPerson({ role: "editor", name: `Olive Owner ${id}` });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${id}` });
  const token = await createTokenRecord({
    name: `Slack bot ${id}`,
    service: "Slack",
    ownerId: owner.id,
    backupId: backup.id,
  });
  await startRunbookFromTemplate(owner, token.id, builtInTemplateId("oauth-connection"));

  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}`);
  await page.getByRole("button", { name: "Report as compromised" }).click();
  await page.getByRole("button", { name: "Yes, report it and alert everyone" }).click();
  await expect(page.getByText("Reported. The owner, the backup and every admin have been emailed.")).toBeVisible();
  await page.getByLabel("Why it was revoked").fill("Deleted the bot token in the Slack admin console.");
  await page.getByRole("button", { name: "Mark revoked" }).click();
  await expect(page.getByText(/Revoked on /).first()).toBeVisible();

  await page.goto("/");
  const waiting = page.getByRole("region", { name: "Revoked, waiting for the new one" });
  const entry = waiting.getByRole("listitem").filter({ hasText: token.name });
  await expect(entry).toContainText(/revoked (less than a minute|\d+ minutes?) ago — make the new one/);
  await expect(entry.getByRole("link", { name: "make the new one" })).toHaveAttribute(
    "href",
    `/tokens/${token.id}/runbook/emergency`,
  );
  const leaks = page.getByRole("region", { name: "Leaks and time to revoke" });
  await expect(leaks.getByRole("row", { name: new RegExp(token.name) })).toContainText(
    /less than a minute|\d+ minutes?/,
  );

  const run = await startRun(owner, token.id, "emergency");
  const steps = readRunSteps(run.steps).checklist.length;
  for (let step = 0; step < steps; step++) await setStepChecked(owner, run.id, step, true);
  await finishRun(owner, run.id, {
    newExpiresOn: isoDay(daysFromNow(365)),
    signOffNote: "The sales alerts channel posts again",
  });

  await page.reload();
  await expect(page.getByRole("heading", { name: "Welcome, " + owner.name })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Revoked, waiting for the new one" }).getByText(token.name),
  ).toHaveCount(0);
  await expect(leaks.getByRole("row", { name: new RegExp(token.name) })).toContainText("New one in place");
});

test("a fresh install shows three first steps instead of empty cards", async ({ browser }) => {
  test.setTimeout(120_000);
  const { url, drop } = await createOwnDatabase("tokenbook_fresh");
  const sessionToken = `fresh-${suffix()}${suffix()}`;
  await withServerClient(url, async (client) => {
    await client.query(
      `INSERT INTO users (id, name, email, role, updated_at) VALUES ('fresh-admin', 'Admin', 'admin@example.test', 'admin', now())`,
    );
    await client.query(
      `INSERT INTO sessions (id, session_token, user_id, expires) VALUES ('fresh-session', $1, 'fresh-admin', now() + interval '1 day')`,
      [sessionToken],
    );
  });
  const server = await startExtraServer({ DATABASE_URL: url });
  const context = await browser.newContext({ baseURL: server.url });
  try {
    await context.addCookies([
      {
        name: "authjs.session-token",
        value: sessionToken,
        domain: "localhost",
        path: "/",
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
    const page = await context.newPage();
    await page.goto("/");
    const steps = page.getByRole("region", { name: "Get started in three steps" });
    await expect(steps.getByRole("heading", { level: 3 })).toHaveText([
      "1. Invite people",
      "2. Add or import tokens",
      "3. Set the reminder schedule",
    ]);
    await expect(steps.getByRole("link", { name: "Invite people" })).toHaveAttribute("href", "/people");
    await expect(steps.getByRole("link", { name: "Import a spreadsheet" })).toHaveAttribute("href", "/tokens/import");
    await expect(steps.getByRole("link", { name: "Set the schedule" })).toHaveAttribute("href", "/settings");
    await expect(page.getByText("None right now.")).toHaveCount(0);
    expect(await seriousAccessibilityIssues(page)).toEqual([]);
    await page.screenshot({ path: "test-results/home-fresh-1280.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/home-fresh-390.png", fullPage: true });
  } finally {
    await context.close();
    await server.stop();
    await drop();
  }
});
