import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";
import { daysFromNow, isoDay, shownDay } from "@/testing/dates";
import { typeInto } from "./support/type-into";

test("an editor creates a token, edits it, and sees both changes in its history", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const editor = await createPerson({ role: "editor", name: `Eda Editor ${suffix}` });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${suffix}` });
  await signInAs(page.context(), editor);
  const firstExpiry = daysFromNow(150);
  const secondExpiry = daysFromNow(200);

  await page.goto("/tokens/new");
  await page.getByLabel("Name", { exact: true }).fill(`Zendesk support key ${suffix}`);
  await page.getByLabel("Service", { exact: true }).fill("Zendesk");
  await page.getByLabel("What it is for").fill("Copies support tickets into the weekly customer report");
  await page.getByLabel("What stops working, line 1").fill("Weekly customer report");
  await page.getByLabel("Where the secret is stored").fill("1Password › Support vault › Zendesk");
  await page
    .getByLabel("Backup (optional, but needed to count as healthy)")
    .fill(`Bea Backup ${suffix} (${backup.email})`);
  await page.getByLabel("Expires on").fill(isoDay(firstExpiry));
  await page.getByRole("button", { name: "Save token" }).click();

  await expect(page.getByText("The token was saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Zendesk support key ${suffix}` })).toBeVisible();
  await expect(page.getByRole("main").getByText(`Eda Editor ${suffix}`).first()).toBeVisible();
  await expect(page.getByText(`Bea Backup ${suffix}`).first()).toBeVisible();
  await expect(page.getByText(`${shownDay(firstExpiry)} (in`)).toBeVisible();

  await page.getByRole("link", { name: "Edit token" }).click();
  await page.getByLabel("Expires on").fill(isoDay(secondExpiry));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
  await expect(page.getByText(`${shownDay(secondExpiry)} (in`)).toBeVisible();

  const history = page.getByRole("heading", { name: "History" }).locator("..");
  await expect(history.locator("ol > li")).toHaveCount(2);
  await expect(history.locator("ol > li").first()).toContainText("Changed the token");
  await expect(history.locator("ol > li").first()).toContainText(`Eda Editor ${suffix}`);
  await expect(history.locator("ol > li").nth(1)).toContainText("Created the token");
});

test("a pasted secret is refused in the browser and on the server, and nothing is saved", async ({ page }) => {
  const editor = await createPerson({ role: "editor" });
  await signInAs(page.context(), editor);
  const name = `Secret paste ${Math.random().toString(36).slice(2, 7)}`;
  await page.goto("/tokens/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Service", { exact: true }).fill("GitHub");
  await page.getByLabel("What it is for").fill("Deploys the website");
  await page.getByLabel("Where the secret is stored").fill(`ghp_${"a1B2c3D4e5".repeat(3)}abcdef`);
  await page.getByLabel("Expires on").fill(isoDay(daysFromNow(150)));
  await page.getByRole("button", { name: "Save token" }).click();
  await expect(page.getByText(/looks like it contains the secret itself/)).toBeVisible();
  expect(await db.token.count({ where: { name } })).toBe(0);
});

test("an expiry of 9999-12-31 is read as “does not expire”, and the person is told before saving", async ({ page }) => {
  const editor = await createPerson({ role: "editor" });
  await signInAs(page.context(), editor);
  const name = `Never-ending key ${Math.random().toString(36).slice(2, 7)}`;
  await page.goto("/tokens/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Service", { exact: true }).fill("Mailchimp");
  await page.getByLabel("What it is for").fill("Sends the monthly newsletter");
  await page.getByLabel("Where the secret is stored").fill("1Password › Marketing vault");
  await page.getByLabel("Expires on").fill("9999-12-31");
  await expect(page.getByRole("status").filter({ hasText: "saves it as “Does not expire”" })).toBeVisible();
  await page.getByRole("button", { name: "Save token" }).click();

  await expect(page.getByText("The token was saved.")).toBeVisible();
  await expect(page.getByText("Does not expire").first()).toBeVisible();
  expect(await db.token.findFirstOrThrow({ where: { name }, select: { expiresOn: true } })).toEqual({
    expiresOn: null,
  });
});

test("an editor types part of a backup's name, chooses them from the suggestions with the keyboard, and the token saves with them", async ({
  page,
}) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const editor = await createPerson({ role: "editor" });
  const backup = await createPerson({ role: "editor", name: `Quentin Quill ${suffix}` });
  await signInAs(page.context(), editor);

  await page.goto("/tokens/new");
  const name = `Typed backup ${suffix}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Service", { exact: true }).fill("Zendesk");
  await page.getByLabel("What it is for").fill("Copies support tickets into the weekly customer report");
  await page.getByLabel("Where the secret is stored").fill("1Password › Support vault › Zendesk");
  await page.getByLabel("Expires on").fill(isoDay(daysFromNow(150)));
  const picker = page.getByRole("combobox", { name: "Backup (optional, but needed to count as healthy)" });
  await typeInto(picker, `quill ${suffix}`);
  await expect(page.getByRole("option", { name: `Quentin Quill ${suffix} (${backup.email})` })).toBeVisible();
  await picker.press("ArrowDown");
  await expect(page.getByRole("option", { name: `Quentin Quill ${suffix} (${backup.email})` })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await picker.press("Enter");
  await expect(picker).toHaveValue(`Quentin Quill ${suffix} (${backup.email})`);
  await expect(page.getByRole("option", { name: /Quentin Quill/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Save token" }).click();

  await expect(page.getByText("The token was saved.")).toBeVisible();
  expect((await db.token.findFirstOrThrow({ where: { name } })).backupId).toBe(backup.id);
});
