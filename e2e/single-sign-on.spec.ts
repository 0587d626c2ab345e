import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { ssoAccounts } from "./support/sso-accounts";

const [invited, unverified, stranger] = ssoAccounts;

async function signInThroughProvider(page: Page, account: (typeof ssoAccounts)[number], from = "/sign-in") {
  await page.goto(from);
  await page.getByRole("button", { name: "Sign in with Company SSO" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the test identity provider" })).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe.configure({ mode: "serial" });

test("an invited person signs in through the company's OpenID provider", async ({ page }) => {
  await createPerson({ email: invited.email, name: invited.name, role: "editor" });
  await createPerson({ email: unverified.email, name: unverified.name, role: "editor" });
  await signInThroughProvider(page, invited);
  await expect(page.getByRole("heading", { name: `Welcome, ${invited.name}` })).toBeVisible();
  const person = await db.user.findUniqueOrThrow({ where: { email: invited.email }, include: { accounts: true } });
  expect(person.accounts.map((account) => account.provider)).toEqual(["oidc"]);
  // Sign-in only learns who the person is: the provider's tokens are not kept.
  expect(person.accounts[0]).toMatchObject({ access_token: null, refresh_token: null, id_token: null });
  expect(await db.auditEvent.count({ where: { actorId: person.id, action: "auth.signed_in" } })).toBe(1);
});

test("signed out, a page asked for comes back after single sign-on; another origin goes Home", async ({ page }) => {
  await signInThroughProvider(page, invited, "/my-tokens");
  await expect(page).toHaveURL(/\/my-tokens$/);
  await page.context().clearCookies();
  await signInThroughProvider(
    page,
    invited,
    `/sign-in?${new URLSearchParams({ callbackUrl: "//evil.example/phish" })}`,
  );
  await expect(page.getByRole("heading", { name: `Welcome, ${invited.name}` })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
});

test("an address the provider has not verified is refused", async ({ page }) => {
  await signInThroughProvider(page, unverified);
  await expect(page.getByText("That account can't sign in to Tokenbook.")).toBeVisible();
});

test("someone the provider knows but nobody invited is refused, and no person is created", async ({ page }) => {
  await signInThroughProvider(page, stranger);
  await expect(page.getByText("That account can't sign in to Tokenbook.")).toBeVisible();
  expect(await db.user.count({ where: { email: stranger.email } })).toBe(0);
});
