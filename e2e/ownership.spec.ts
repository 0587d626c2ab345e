import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";
import { daysFromNow, shownDay } from "@/testing/dates";

const suffix = () => Math.random().toString(36).slice(2, 8);

test("an admin gives 10 tokens the same backup in one step; each shows it, each is audited, and the backup gets one email", async ({
  page,
  mail,
}) => {
  const admin = await createPerson({ role: "admin", name: "Ada Admin" });
  const owner = await createPerson({ role: "editor" });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${suffix()}`, email: uniqueEmail("bea") });
  const service = `Bulkservice${suffix()}`;
  const tokens = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      createTokenRecord({ service, ownerId: owner.id, name: `${service} key ${i}` }),
    ),
  );
  await signInAs(page.context(), admin);

  await page.goto("/ownership");
  await page.getByLabel("Show only tokens matching").fill(service);
  await page.getByRole("button", { name: "Filter" }).click();
  const noBackup = page.getByRole("region", { name: /No backup/ });
  await expect(noBackup.getByRole("heading", { name: "No backup (10)" })).toBeVisible();
  await noBackup.getByLabel("Select all 10 in this section").check();
  const bar = page.getByRole("form", { name: "Assign selected tokens" });
  await expect(bar).toContainText("10 tokens selected");
  await bar.getByLabel("As backup").check();
  await bar.getByLabel("Person").selectOption({ label: `${backup.name} (${backup.email})` });
  await bar.getByRole("button", { name: "Assign backup to 10 tokens" }).click();
  await expect(bar.getByRole("status")).toContainText(`${backup.name} is now the backup of 10 tokens.`);
  await expect(noBackup.getByRole("heading", { name: "No backup (0)" })).toBeVisible();

  await page.goto(`/tokens?q=${service}`);
  await expect(page.getByRole("row").filter({ hasText: backup.name })).toHaveCount(10);
  await page.goto(`/tokens/${tokens[3].id}`);
  await expect(page.getByRole("link", { name: backup.email })).toBeVisible();

  const ids = tokens.map((t) => t.id);
  expect(
    await db.auditEvent.count({ where: { action: "token.backup_assigned", recordId: { in: ids }, actorId: admin.id } }),
  ).toBe(10);
  const email = await mail.waitForMail({ to: backup.email, subject: "You are now the backup for 10 tokens" });
  for (const token of tokens) {
    expect(email.text).toContain(token.name);
    expect(email.text).toContain(`/tokens/${token.id}`);
  }
  expect(email.html).toContain("See all your tokens");
  expect((await mail.messages()).filter((m) => m.to.includes(backup.email))).toHaveLength(1);
});

test("deactivating someone with 5 tokens walks through the handover; what the admin leaves shows on the Ownership page", async ({
  page,
  mail,
}) => {
  const admin = await createPerson({ role: "admin" });
  const finn = await createPerson({ role: "editor", name: `Finn Leaver ${suffix()}` });
  const kim = await createPerson({ role: "editor", name: `Kim Keeper ${suffix()}`, email: uniqueEmail("kim") });
  const lou = await createPerson({ role: "editor", name: `Lou Other ${suffix()}` });
  const service = `Handover${suffix()}`;
  const owned = await Promise.all(
    [0, 1, 2].map((i) =>
      createTokenRecord({ service, name: `${service} owned ${i}`, ownerId: finn.id, backupId: lou.id }),
    ),
  );
  const backedUp = await Promise.all(
    [0, 1].map((i) =>
      createTokenRecord({ service, name: `${service} backed ${i}`, ownerId: lou.id, backupId: finn.id }),
    ),
  );
  await signInAs(page.context(), admin);

  await page.goto("/people");
  const row = page.getByRole("row").filter({ hasText: finn.email });
  await expect(row).toContainText("Owns or backs up 5 tokens");
  await row.getByRole("link", { name: `Deactivate ${finn.name}…` }).click();
  await expect(page.getByRole("heading", { name: `${finn.name} is leaving` })).toBeVisible();

  const form = page.getByRole("form", { name: `Hand over ${finn.name}'s tokens` });
  await form.getByLabel(`Give all of ${finn.name}'s tokens to`).selectOption({ label: `${kim.name} (${kim.email})` });
  await form.getByRole("button", { name: "Give all to this person" }).click();
  await expect(form.getByRole("status")).toContainText(`All of ${finn.name}'s places go to ${kim.name}.`);
  await form.getByLabel(`New owner of ${owned[2].name}`).selectOption("");
  await expect(form).toContainText("1 token has nobody chosen yet.");
  const submit = form.getByRole("button", { name: `Hand over and deactivate ${finn.name}` });
  await expect(submit).toBeDisabled();
  await form.getByLabel("Deactivate anyway and leave 1 token as described").check();
  await submit.click();

  await expect(page.getByRole("heading", { name: `${finn.name} is deactivated` })).toBeVisible();
  await expect(page.getByText("1 token still names them.")).toBeVisible();
  const stillFinns = await db.token.findMany({
    where: { state: { not: "retired" }, OR: [{ ownerId: finn.id }, { backupId: finn.id }] },
    select: { id: true },
  });
  expect(stillFinns).toEqual([{ id: owned[2].id }]);
  expect(await db.token.count({ where: { id: { in: [owned[0].id, owned[1].id] }, ownerId: kim.id } })).toBe(2);
  expect(await db.token.count({ where: { id: { in: backedUp.map((t) => t.id) }, backupId: kim.id } })).toBe(2);
  expect((await db.user.findUniqueOrThrow({ where: { id: finn.id } })).active).toBe(false);

  await page.goto(`/ownership?q=${service}`);
  const deactivated = page.getByRole("region", { name: /Owner or backup deactivated/ });
  await expect(deactivated.getByRole("heading", { name: "Owner or backup deactivated (1)" })).toBeVisible();
  await expect(deactivated).toContainText(owned[2].name);

  const email = await mail.waitForMail({
    to: kim.email,
    subject: "You now own 2 tokens and are the backup for 2 tokens",
  });
  expect(email.text).toContain(owned[0].name);
  expect(email.text).toContain(backedUp[1].name);
});

test("from any page, `/` and a service name show each token's owner, backup and status; Enter opens it", async ({
  page,
}) => {
  const viewer = await createPerson({ role: "viewer" });
  const owner = await createPerson({ name: `Olga Owner ${suffix()}` });
  const backup = await createPerson({ name: `Bert Backup ${suffix()}` });
  const service = `Quokka${suffix()}`;
  const expiresOn = daysFromNow(400);
  const token = await createTokenRecord({
    service,
    name: `${service} reporting key`,
    ownerId: owner.id,
    backupId: backup.id,
    expiresOn,
  });
  await signInAs(page.context(), viewer);

  const search = page.getByRole("combobox", { name: /Who owns/ });
  await page.goto("/tokens");
  await expect(search).toBeEnabled();
  const listSearch = page.getByRole("searchbox", { name: "Search tokens" });
  await listSearch.click();
  await page.keyboard.type("a/b");
  await expect(listSearch).toHaveValue("a/b");
  await expect(search).toHaveValue("");

  await page.goto("/profile");
  await expect(search).toBeEnabled();
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  await page.keyboard.type(service.toLowerCase());
  const option = page.getByRole("option", { name: new RegExp(token.name) });
  await expect(option).toContainText(`Owner: ${owner.name}`);
  await expect(option).toContainText(`Backup: ${backup.name}`);
  await expect(option).toContainText("Healthy");
  await expect(option).toContainText(`Expires ${shownDay(expiresOn)}`);
  await expect(search).toHaveAttribute("aria-expanded", "true");

  await page.keyboard.press("Escape");
  await expect(search).toHaveAttribute("aria-expanded", "false");
  await expect(search).toHaveValue(service.toLowerCase());
  await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tokens/${token.id}$`));
  await expect(page.getByRole("heading", { name: token.name })).toBeVisible();
});

test("a bulk assignment of 6 with 1 conflict names it on its row; after “skip” the other 5 apply together", async ({
  page,
}) => {
  const admin = await createPerson({ role: "admin" });
  const owner = await createPerson({ role: "editor" });
  const bea = await createPerson({ role: "editor", name: `Bea Bulk ${suffix()}`, email: uniqueEmail("bea-bulk") });
  const service = `Skip${suffix()}`;
  const fine = await Promise.all(
    [0, 1, 2, 3, 4].map((i) => createTokenRecord({ service, ownerId: owner.id, name: `${service} fine ${i}` })),
  );
  const hers = await createTokenRecord({ service, ownerId: bea.id, name: `${service} owned by Bea` });
  await signInAs(page.context(), admin);

  await page.goto(`/ownership?q=${service}`);
  const noBackup = page.getByRole("region", { name: /No backup/ });
  await noBackup.getByLabel("Select all 6 in this section").check();
  const bar = page.getByRole("form", { name: "Assign selected tokens" });
  await bar.getByLabel("As backup").check();
  await bar.getByLabel("Person").selectOption({ label: `${bea.name} (${bea.email})` });
  await bar.getByRole("button", { name: "Assign backup to 6 tokens" }).click();
  await expect(bar.getByRole("status")).toContainText("One token can't be assigned as chosen, so nothing was changed.");
  await expect(noBackup).toContainText(`${bea.name} can't be both owner and backup of “${hers.name}”`);
  expect(await db.token.count({ where: { id: { in: fine.map((t) => t.id) }, backupId: bea.id } })).toBe(0);

  await bar.getByRole("button", { name: "Skip 1 token and assign the other 5" }).click();
  await expect(bar.getByRole("status")).toContainText(`${bea.name} is now the backup of 5 tokens.`);
  expect(await db.token.count({ where: { id: { in: fine.map((t) => t.id) }, backupId: bea.id } })).toBe(5);
  expect((await db.token.findUniqueOrThrow({ where: { id: hers.id } })).backupId).toBeNull();
});
