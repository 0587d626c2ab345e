import type { Page } from "@playwright/test";
import { createPerson } from "@/prisma/factories";
import { signInAs } from "./sign-in-as";

/** Shared steps of the spreadsheet import page (/tokens/import) for its e2e specs. */

export const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooseStep = page.getByRole("region", { name: "Step 1: Choose your spreadsheet" });
  await chooseStep.getByLabel("Spreadsheet file (.xlsx or .csv)").setInputFiles(file);
  await chooseStep.getByRole("button", { name: "Read the file" }).click();
}

export async function signInAdmin(page: Page) {
  const admin = await createPerson({ role: "admin" });
  await signInAs(page.context(), admin);
  await page.goto("/tokens/import");
  return admin;
}
