import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

const uniqueName = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

test("a refused new team keeps the name typed; an accepted one empties the field", async ({ page }) => {
  await signInAs(page.context(), await createPerson({ role: "admin", name: "admin" }));
  await page.goto("/teams");
  const form = page.getByRole("form", { name: "Add a team" });
  const field = form.getByLabel("New team's name");
  const name = uniqueName("Payments");
  await field.fill(name);
  await form.getByRole("button", { name: "Add team" }).click();
  await expect(form.getByText(`Team “${name}” added.`)).toBeVisible();
  await expect(field).toHaveValue("");

  await field.fill(name);
  await form.getByRole("button", { name: "Add team" }).click();
  await expect(form.getByText(`There is already a team called “${name}”.`)).toBeVisible();
  await expect(field).toHaveValue(name);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the new team form posts to the server and shows its answer", async ({ page }) => {
    await signInAs(page.context(), await createPerson({ role: "admin", name: "admin" }));
    await page.goto("/teams");
    const form = page.getByRole("form", { name: "Add a team" });
    const name = uniqueName("Billing");
    await form.getByLabel("New team's name").fill(name);
    await form.getByRole("button", { name: "Add team" }).click();
    await expect(page.getByText(`Team “${name}” added.`)).toBeVisible();
    await expect(page.getByLabel(`Name of ${name}`)).toHaveValue(name);

    await page.getByRole("form", { name: "Add a team" }).getByLabel("New team's name").fill(name);
    await page.getByRole("form", { name: "Add a team" }).getByRole("button", { name: "Add team" }).click();
    await expect(page.getByText(`There is already a team called “${name}”.`)).toBeVisible();
  });
});
