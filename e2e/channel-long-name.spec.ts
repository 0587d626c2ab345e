import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

test("a channel named with 80 characters and no space stays inside its card", async ({ page }) => {
  const name = `W${Math.random().toString(36).slice(2, 6)}`.padEnd(80, "W");
  await signInAs(page.context(), await createPerson({ role: "admin" }));
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Add a channel" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Service").selectOption("webhook");
  await form.getByLabel("Webhook address").fill("https://hooks.example.com/long-name");
  await form.getByRole("button", { name: "Add channel" }).click();
  const heading = page.getByRole("heading", { name, level: 3 });
  await expect(heading).toBeVisible();
  const list = await page.getByRole("list", { name: "Channels" }).boundingBox();
  const box = await heading.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(list!.x + list!.width + 1);
});
