import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

test("a question opened from the keyboard takes the focus, Escape closes it, and the focus goes back to its button", async ({
  page,
}) => {
  const admin = await createPerson({ role: "admin" });
  const token = await createTokenRecord({ name: `Asked ${Date.now().toString(36)}` });
  await signInAs(page.context(), admin);
  await page.goto(`/tokens/${token.id}`);

  const retire = page.getByRole("button", { name: "Retire this token" });
  await expect(retire).toBeEnabled();
  await retire.focus();
  await page.keyboard.press("Enter");
  const question = page.getByRole("form", { name: "Retire this token" });
  await expect(question).toBeFocused();
  await expect(question).toContainText(`Retire “${token.name}”?`);
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(retire).toBeFocused();

  const report = page.getByRole("button", { name: "Report as compromised" });
  await report.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Report as compromised" }).getByRole("textbox")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(report).toBeFocused();
});
