import { addDays } from "@/lib/dates/calendar-day";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { as, deactivate, expectError, keyFor, unique } from "./support/api-v1";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

// API keys themselves: made and revoked on Profile, refused once dead, listed on the hand-over page.

test("an editor makes a key on Profile, sees it once, uses it, and revokes it in one click", async ({
  page,
  request,
}) => {
  const editor = await createPerson({ role: "editor", name: `Finn Larsen ${unique()}` });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${unique()}` });
  const token = await createTokenRecord({ ownerId: editor.id });
  await signInAs(page.context(), editor);
  await page.goto("/profile");
  const form = page.getByRole("form", { name: "Make an API key" });
  await form.getByLabel("Name").fill("ci-deploy");
  await form.getByLabel("What it may do").selectOption("write");
  await form.getByLabel("Backup").selectOption({ label: `${backup.name} (${backup.email})` });
  await form.getByRole("button", { name: "Make key" }).click();
  await expect(page.getByText("“ci-deploy” is ready. Copy the key now")).toBeVisible();
  const key = await page.getByLabel("Your new key (shown only now)").inputValue();
  expect(key).toMatch(/^tkb_/);
  await page.screenshot({ path: "test-results/api-keys-profile.png", fullPage: true });

  const read = await request.get(`/api/v1/tokens/${token.id}`, { headers: as(key) });
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ id: token.id, owner: { id: editor.id } });

  await page.reload();
  const keys = page.getByRole("list", { name: "API keys" });
  await expect(keys.getByText(/Last used .* from 198\.51\.100\.23/)).toBeVisible();
  await expect(page.getByLabel("Your new key (shown only now)")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  await keys.getByRole("button", { name: "Revoke “ci-deploy”" }).click();
  await expect(keys.getByText(/Revoked \d/)).toBeVisible();
  await expectError(await request.get(`/api/v1/tokens/${token.id}`, { headers: as(key) }), 401, "unauthenticated");

  // The key is a token in the inventory, with the backup chosen; revoking the key revoked it.
  await keys.getByRole("link", { name: "Its token in the inventory" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ci-deploy");
  await expect(page.getByText("Tokenbook API · Production")).toBeVisible();
  await expect(page.getByText(backup.name, { exact: true })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "History" }).locator("..").getByText("Marked the token revoked"),
  ).toBeVisible();
});

test("a key that is expired, revoked, mistyped, missing, or whose owner left gets 401 at once", async ({ request }) => {
  const admin = await createPerson({ role: "admin" });
  const leaver = await createPerson({ role: "editor" });
  const token = await createTokenRecord({ ownerId: admin.id });
  const expired = await keyFor(leaver, "read", "old", addDays(new Date(), -40));
  const leaversKey = await keyFor(leaver, "read");
  await expectError(await request.get(`/api/v1/tokens/${token.id}`, { headers: as(expired) }), 401, "unauthenticated");
  await expectError(
    await request.get(`/api/v1/tokens/${token.id}`, { headers: as(`${leaversKey}x`) }),
    401,
    "unauthenticated",
  );
  await expectError(await request.get(`/api/v1/tokens/${token.id}`), 401, "unauthenticated");
  await expectError(
    await request.get(`/api/v1/tokens/${token.id}`, { headers: { Authorization: "Basic dXNlcjpwYXNz" } }),
    401,
    "unauthenticated",
  );
  expect((await request.get(`/api/v1/tokens/${token.id}`, { headers: as(leaversKey) })).status()).toBe(200);
  await deactivate(admin, leaver);
  await expectError(
    await request.get(`/api/v1/tokens/${token.id}`, { headers: as(leaversKey) }),
    401,
    "unauthenticated",
  );
});

test("the hand-over page lists the keys of someone leaving: which automations get 401 once they are deactivated", async ({
  page,
  request,
}) => {
  const admin = await createPerson({ role: "admin" });
  const leaver = await createPerson({ role: "editor", name: `Lea Leaving ${unique()}` });
  const key = await keyFor(leaver, "report", "uptime-monitor");
  await request.get("/api/v1/tokens?limit=1", { headers: as(key, "192.0.2.44") });
  await signInAs(page.context(), admin);
  await page.goto(`/ownership/hand-over/${leaver.id}`);
  const keys = page.getByRole("list", { name: `API keys of ${leaver.name}` });
  await expect(page.getByText(`When ${leaver.name} is deactivated, these API keys stop working at once`)).toBeVisible();
  await expect(keys.getByText(/“uptime-monitor” \(Report incidents\) — last used .* from 192\.0\.2\.44/)).toBeVisible();

  await deactivate(admin, leaver);
  await page.reload();
  await expect(page.getByText(`These API keys stopped working when ${leaver.name} was deactivated`)).toBeVisible();
  await expectError(await request.get("/api/v1/tokens?limit=1", { headers: as(key) }), 401, "unauthenticated");
});
