import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

test("anyone signed in reads the API in plain words: each operation with its scope and examples, from the served document", async ({
  page,
  request,
}) => {
  const viewer = await createPerson({ role: "viewer" });
  await signInAs(page.context(), viewer);
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "The JSON API" })).toBeVisible();
  const served = (await (await request.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, Record<string, { summary: string }>>;
  };
  const operations = page.getByRole("navigation", { name: "Operations" }).getByRole("listitem");
  await expect(operations).toHaveCount(Object.values(served.paths).flatMap((item) => Object.keys(item)).length);

  const signals = page.getByRole("region", { name: "POST /api/v1/tokens/{id}/signals" });
  await expect(signals.getByText("A monitor reports the token failing, or working again.")).toBeVisible();
  await expect(signals.getByText("Key needed: a key with the “Report incidents” scope")).toBeVisible();
  await expect(signals.getByRole("heading", { name: /^Example request: Uptime Kuma/ })).toBeVisible();
  await expect(signals.getByText(/"heartbeat":\{"status":0/)).toBeVisible();
  await expect(signals.getByText(/"told": true/)).toBeVisible();
  await page.getByRole("link", { name: "A monitor reports the token failing, or working again" }).click();
  await expect(page).toHaveURL(/#sendMonitorSignal$/);
  await page.screenshot({ path: "test-results/api-docs.png", fullPage: false });
});

test("strangers are sent to sign in first", async ({ page }) => {
  await page.goto("/api-docs");
  await expect(page).toHaveURL(/\/sign-in/);
});
