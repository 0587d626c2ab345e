// Issue 14: a form saves only what the person chose. A half-typed name in a person picker is refused
// in the browser and by the server; a missing, empty, unknown or non-string id never means "clear".
import type { Page } from "@playwright/test";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { getActiveRun } from "@/lib/runs/get-run";
import { startRun } from "@/lib/runs/start-run";
import { setStepChecked } from "@/lib/runs/tick-step";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { fieldValue, hostileFieldVariants, renameField } from "./support/multipart-fields";
import { sessionCookie } from "./support/session-cookie";
import { signInAs } from "./support/sign-in-as";

const backupLabel = "Backup (optional, but needed to count as healthy)";
const suffix = () => Math.random().toString(36).slice(2, 7);

async function tokenWithBackup() {
  const tag = suffix();
  const owner = await createPerson({ role: "editor", name: `Olga Owner ${tag}` });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${tag}` });
  const other = await createPerson({ role: "editor", name: `Lucas Martin ${tag}` });
  const token = await createTokenRecord({ name: `Silent loss ${tag}`, ownerId: owner.id, backupId: backup.id });
  return { owner, backup, other, token, tag };
}

const stored = (id: string) =>
  db.token.findUniqueOrThrow({ where: { id }, select: { ownerId: true, backupId: true, updatedAt: true } });
const history = (id: string) => db.auditEvent.count({ where: { recordId: id } });

async function expectRefusedOnPage(page: Page, label: string | RegExp) {
  await expect(page.getByText("Some details need fixing; nothing was saved.")).toBeVisible();
  await expect(page.getByLabel(label, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Your changes were saved.")).toHaveCount(0);
}

test("a half-typed backup on edit is refused; the backup stays in the database and nothing enters the history", async ({
  page,
}) => {
  const { owner, backup, token, tag } = await tokenWithBackup();
  await signInAs(page.context(), owner);
  const before = await stored(token.id);
  await page.goto(`/tokens/${token.id}/edit`);
  await page.getByLabel(backupLabel).fill(`Lucas Mar`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expectRefusedOnPage(page, backupLabel);
  await expect(page.getByText("“Lucas Mar” is not one of the suggestions.")).toBeVisible();
  await expect(page.getByLabel(backupLabel)).toHaveValue("Lucas Mar");
  await expect(page).toHaveURL(new RegExp(`/tokens/${token.id}/edit$`));
  expect(await stored(token.id)).toEqual(before);
  expect(before.backupId).toBe(backup.id);
  expect(await history(token.id)).toBe(0);

  // Clearing is its own choice: "No backup" saves, and says so in the history.
  await page.getByLabel("No backup").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
  expect((await stored(token.id)).backupId).toBeNull();
  expect(tag).toBeTruthy();
});

test("a half-typed owner is refused on edit and on a new token; nothing changes", async ({ page }) => {
  const { owner, token, tag } = await tokenWithBackup();
  await signInAs(page.context(), owner);
  const before = await stored(token.id);
  await page.goto(`/tokens/${token.id}/edit`);
  await page.getByLabel("Owner", { exact: true }).fill("Lucas Mar");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expectRefusedOnPage(page, "Owner");
  expect(await stored(token.id)).toEqual(before);
  expect(await history(token.id)).toBe(0);

  const name = `New with half owner ${tag}`;
  await page.goto("/tokens/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Service", { exact: true }).fill("Zendesk");
  await page.getByLabel("What it is for").fill("Copies support tickets into the weekly report");
  await page.getByLabel("Where the secret is stored").fill("1Password › Support vault");
  await page.getByLabel("Expires on").fill(isoDay(daysFromNow(120)));
  await page.getByLabel("Owner", { exact: true }).fill("Lucas Mar");
  await page.getByRole("button", { name: "Save token" }).click();
  await expectRefusedOnPage(page, "Owner");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  expect(await db.token.count({ where: { name } })).toBe(0);
});

test("the save action posted directly with an empty, missing, unknown or non-string person id is refused; nothing changes", async ({
  page,
  request,
}) => {
  const { owner, backup, token } = await tokenWithBackup();
  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}/edit`);
  // Capture a real save, but keep it from reaching the server: only the replays below arrive.
  let captured: { url: string; headers: Record<string, string>; body: string } | undefined;
  await page.route(`**/tokens/${token.id}/edit`, async (route) => {
    const sent = route.request();
    if (sent.method() !== "POST" || !sent.headers()["next-action"]) return route.continue();
    captured = { url: sent.url(), headers: sent.headers(), body: sent.postData() ?? "" };
    await route.abort();
  });
  await page.getByLabel("Notes (optional)").fill("Replayed");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect.poll(() => fieldValue(captured?.body ?? "", "backupId")).toBe(backup.id);
  const before = await stored(token.id);
  const cookie = await sessionCookie(owner);
  const replay = (body: string) =>
    request.post(captured!.url, {
      headers: {
        "next-action": captured!.headers["next-action"],
        "content-type": captured!.headers["content-type"],
        origin: new URL(captured!.url).origin,
        cookie,
      },
      data: body,
      maxRedirects: 0,
    });

  for (const field of ["backupId", "ownerId"] as const) {
    const variants = hostileFieldVariants(captured!.body, field);
    for (const [label, body] of Object.entries(variants)) {
      expect(body, `${field} ${label}`).not.toBe(captured!.body);
      const response = await replay(body);
      expect(response.status(), `${field} ${label}`).toBe(200);
      expect(await response.text(), `${field} ${label}`).toContain("nothing was saved");
      expect(await stored(token.id), `${field} ${label}`).toEqual(before);
    }
  }
  // Without the version the form was opened at, the save is refused too: nothing is overwritten unseen.
  expect(fieldValue(captured!.body, "version")).toBeTruthy();
  const noVersion = await replay(renameField(captured!.body, "version", "notTheVersion"));
  expect(await noVersion.text()).toContain("out of date");
  expect(await stored(token.id)).toEqual(before);
  expect(await history(token.id)).toBe(0);
  // The same request unchanged does save: the refusals above were about the ids alone.
  await replay(captured!.body);
  await expect.poll(async () => (await db.token.findUniqueOrThrow({ where: { id: token.id } })).notes).toBe("Replayed");
  expect((await stored(token.id)).backupId).toBe(backup.id);
});

test("a viewer chosen as backup is refused with the reason; an admin makes them an editor in the same step", async ({
  page,
  browser,
}) => {
  const { owner, token, tag } = await tokenWithBackup();
  const viewer = await createPerson({ role: "viewer", name: `Vic Viewer ${tag}` });
  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}/edit`);
  await page.getByLabel(backupLabel).fill(`Vic Viewer ${tag} (${viewer.email})`);
  await expect(page.getByText(`Vic Viewer ${tag} is a viewer`)).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByText(/Vic Viewer .* is a viewer, and viewers can't change tokens.*ask an admin/).last(),
  ).toBeVisible();
  expect((await stored(token.id)).backupId).not.toBe(viewer.id);

  const adminContext = await browser.newContext();
  await signInAs(adminContext, await createPerson({ role: "admin" }));
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`/tokens/${token.id}/edit`);
  await adminPage.getByLabel(backupLabel).fill(`Vic Viewer ${tag} (${viewer.email})`);
  await adminPage.getByLabel("Make them an editor").check();
  await adminPage.getByRole("button", { name: "Save changes" }).click();
  await expect(adminPage.getByText("Your changes were saved.")).toBeVisible();
  expect((await stored(token.id)).backupId).toBe(viewer.id);
  expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("editor");
  await adminContext.close();
});

test("hand-over to a viewer says why it can't be, and the admin makes them an editor in the same step", async ({
  page,
}) => {
  const { owner, token, tag } = await tokenWithBackup();
  const viewer = await createPerson({ role: "viewer", name: `Val Viewer ${tag}` });
  await signInAs(page.context(), await createPerson({ role: "admin" }));
  await page.goto(`/ownership/hand-over/${owner.id}`);
  const form = page.getByRole("form", { name: `Hand over ${owner.name}'s tokens` });
  await form.getByLabel(`New owner of ${token.name}`).selectOption({ label: `${viewer.name} — viewer` });
  await expect(form.getByText(`${viewer.name} is a viewer, and viewers can't change tokens`)).toBeVisible();
  const submit = form.getByRole("button", { name: `Hand over and deactivate ${owner.name}` });
  await expect(submit).toBeDisabled();
  await form.getByLabel("Make them an editor").check();
  await submit.click();
  await expect(page.getByRole("heading", { name: `${owner.name} is deactivated` })).toBeVisible();
  expect((await stored(token.id)).ownerId).toBe(viewer.id);
  expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("editor");
  expect(await db.auditEvent.count({ where: { recordId: viewer.id, action: "person.role_changed" } })).toBe(1);
});

test("demoting an editor who holds tokens asks for a hand-over first", async ({ page }) => {
  const { owner } = await tokenWithBackup();
  await signInAs(page.context(), await createPerson({ role: "admin" }));
  await page.goto("/people");
  const row = page.getByRole("row").filter({ hasText: owner.email });
  await row.getByLabel(`Role of ${owner.name}`).selectOption("viewer");
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByRole("status")).toContainText(`${owner.name} still owns or backs up 1 token`);
  await expect(row.getByLabel(`Role of ${owner.name}`)).toHaveValue("viewer");
  expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe("editor");
});

test("two people edit one token: the second save is refused, says what the first changed and by whom, and keeps what was typed", async ({
  page,
  browser,
}) => {
  const { owner, backup, token, tag } = await tokenWithBackup();
  const admin = await createPerson({ role: "admin", name: `Ada First ${tag}` });
  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}/edit`);
  await expect(page.getByRole("button", { name: "Save changes" })).toBeEnabled();

  const first = await browser.newContext();
  await signInAs(first, admin);
  const firstPage = await first.newPage();
  await firstPage.goto(`/tokens/${token.id}/edit`);
  await firstPage.getByLabel("Notes (optional)").fill(`Moved to the new vault ${tag}`);
  await firstPage.getByRole("button", { name: "Save changes" }).click();
  await expect(firstPage.getByText("Your changes were saved.")).toBeVisible();
  await first.close();

  await page.getByLabel("Notes (optional)").fill("My stale note");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`Ada First ${tag} changed this token`)).toBeVisible();
  await expect(page.getByText(`Moved to the new vault ${tag}`)).toBeVisible();
  await expect(page.getByLabel("Notes (optional)")).toHaveValue("My stale note");
  const saved = await db.token.findUniqueOrThrow({ where: { id: token.id } });
  expect(saved.notes).toBe(`Moved to the new vault ${tag}`);
  expect(saved.backupId).toBe(backup.id);
});

test("a token retired while its run is open stays retired when the run is finished in the other tab", async ({
  page,
  browser,
}) => {
  const { owner, backup, token } = await tokenWithBackup();
  await startRunbookFromTemplate(owner as Actor, token.id, builtInTemplateId("saas-api-key"));
  const run = await startRun(owner as Actor, token.id, "rotation");
  const { total } = (await getActiveRun(owner as Actor, token.id))!;
  for (let index = 0; index < total; index++) await setStepChecked(owner as Actor, run.id, index, true);
  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}/runbook/run`);
  await page.getByLabel("New expiry date").fill(isoDay(daysFromNow(365)));
  await page.getByLabel("How did you check it works?").fill("The report loaded.");

  const other = await browser.newContext();
  await signInAs(other, backup);
  const otherPage = await other.newPage();
  await otherPage.goto(`/tokens/${token.id}`);
  await otherPage.getByRole("button", { name: "Retire this token" }).click();
  await otherPage.getByRole("button", { name: "Yes, retire it" }).click();
  await expect.poll(async () => (await db.token.findUniqueOrThrow({ where: { id: token.id } })).state).toBe("retired");
  await other.close();

  await page.getByRole("button", { name: "Finish and save the new dates" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "This token was retired while the run was open" }),
  ).toBeVisible();
  const after = await db.token.findUniqueOrThrow({ where: { id: token.id } });
  expect(after.state).toBe("retired");
  expect(after.expiresOn?.getTime()).toBe(token.expiresOn?.getTime());
  expect((await db.rotationRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("abandoned");
});
