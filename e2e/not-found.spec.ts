import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

test("an unknown address gets Tokenbook's own page: the header, plain words, a token search and the way home", async ({
  page,
}) => {
  const id = Math.random().toString(36).slice(2, 7);
  const person = await createPerson({ role: "viewer" });
  await createTokenRecord({ name: `Lost and found ${id}`, service: "Stripe" });
  await signInAs(page.context(), person);

  const response = await page.goto(`/no-such-page-${id}`);
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · Tokenbook");
  await expect(page.getByRole("heading", { level: 1, name: "We can't find that page" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Tokenbook" })).toBeVisible();
  await expect(page.getByText("This page could not be found")).toHaveCount(0);
  expect(await seriousAccessibilityIssues(page)).toEqual([]);

  await page.getByRole("search", { name: "Tokens" }).getByLabel("Search tokens").fill(`Lost and found ${id}`);
  await page.getByRole("search", { name: "Tokens" }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/tokens\?q=Lost/);
  await expect(page.getByRole("link", { name: `Lost and found ${id}` }).first()).toBeVisible();

  // A token that does not exist gets the same page.
  const gone = await page.goto(`/tokens/cnotatoken${id}`);
  expect(gone?.status()).toBe(404);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});
