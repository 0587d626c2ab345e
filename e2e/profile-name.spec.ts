import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

test("anyone changes the name others see for them; a pasted key is refused", async ({ page }) => {
  const id = Math.random().toString(36).slice(2, 7);
  await signInAs(page.context(), await createPerson({ role: "admin", name: "admin" }));
  await page.goto("/profile");
  const name = page.getByLabel("Your name as others see it");
  await name.fill(`ghp_${"a1B2c3D4e5".repeat(3)}abcdef`);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText(/looks like it contains the secret itself/)).toBeVisible();

  await name.fill(`Alma Admin ${id}`);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText(`Saved: people now see you as Alma Admin ${id}.`)).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: `Alma Admin ${id}` })).toBeVisible();
});
