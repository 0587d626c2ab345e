import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

test("on a 390 px phone the admin header is one short bar with a Menu button that the keyboard opens and Escape closes", async ({
  page,
}) => {
  const admin = await createPerson({ role: "admin", name: `Ada Phone ${Math.random().toString(36).slice(2, 6)}` });
  await signInAs(page.context(), admin);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/tokens");

  const header = page.getByRole("banner");
  const bar = (await header.boundingBox())!;
  expect(bar.height, "the header's height at 390 × 844").toBeLessThan(844 / 3);
  // The bar itself (logo, Menu, the "Who owns…?" search), without any admin warning below it, is much less.
  const search = (await page.getByRole("combobox", { name: "Who owns…? Look up a token" }).boundingBox())!;
  expect(search.y + search.height - bar.y).toBeLessThan(120);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  await page.screenshot({ path: "test-results/look-phone-header-closed-390.png" });

  const menu = header.getByRole("button", { name: "Menu" });
  await menu.focus();
  await page.keyboard.press("Enter");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link")).toHaveText([
    "Home",
    "Tokens",
    "Timeline",
    "Calendar",
    "My tokens",
    "Ownership",
    "People",
    "Teams",
    "Outbox",
    "Audit log",
    "Settings",
  ]);
  await expect(page.getByRole("link", { name: admin.name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Home" })).toBeFocused();
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
  await page.screenshot({ path: "test-results/look-phone-header-open-390.png" });
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  // A link followed inside the page closes the menu.
  await menu.click();
  await nav.getByRole("link", { name: "People" }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();

  // On a wide screen the links are in the bar and there is no Menu button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" })).toBeVisible();
  await expect(header.getByRole("button", { name: "Menu" })).toBeHidden();
});
