import { expect, test } from "@playwright/test";

test("the home page introduces Tokenbook and shows the version", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Tokenbook" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(/Version \d+\.\d+\.\d+/);
});

test("the health check reports a reachable, current database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, database: "reachable", migrations: "current" });
});
