import { stringify } from "csv-stringify/sync";
import { daysFromNow, isoDay } from "@/testing/dates";
import { createPerson } from "@/prisma/factories";
import { sheetHeader } from "@/testing/token-sheet";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { chooseFile, signInAdmin } from "./support/import-page";

// How the columns of a sheet are read: CSV dialects, and headers that name nothing Tokenbook knows.

test("the same sheet as Excel's “CSV (semicolon)” with sep=; and as CSV UTF-8 gives the same preview", async ({
  page,
}) => {
  await signInAdmin(page);
  const owner = await createPerson({ role: "editor", email: uniqueEmail("csv-owner") });
  const stranger = uniqueEmail("csv-stranger");
  const run = Math.random().toString(36).slice(2, 8);
  const rows = [
    sheetHeader({ without: ["backupEmail"] }),
    [
      `Sync; nightly ${run}`,
      "Slack",
      "production",
      "Sales digest",
      "Digest\nOps channel",
      "Vault",
      owner.email,
      isoDay(daysFromNow(60)),
      "low",
    ],
    [
      `Bank feed ${run}`,
      "Xero",
      "production",
      "Bank lines",
      "Month end",
      "Vault",
      stranger,
      isoDay(daysFromNow(30)),
      "high",
    ],
  ];
  const previewOf = async (name: string, text: string) => {
    await chooseFile(page, { name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await page
      .getByRole("region", { name: "Step 2: Match your columns" })
      .getByRole("button", { name: "Check the rows" })
      .click();
    const checkStep = page.getByRole("region", { name: "Step 3: Check the rows" });
    await expect(checkStep.getByRole("status")).toHaveText("1 row ready, 1 needs fixing.");
    await checkStep.getByLabel("Show only the rows that need fixing").uncheck();
    const shown = await checkStep.getByRole("region", { name: "Every row of the file" }).innerText();
    await checkStep.getByRole("button", { name: "Choose the fixed file" }).click();
    return shown;
  };
  const semicolon = await previewOf(
    "semicolon.csv",
    `sep=;\r\n${stringify(rows, { delimiter: ";", record_delimiter: "windows", quoted_match: /\n/ })}`,
  );
  const utf8 = await previewOf("utf8.csv", `\uFEFF${stringify(rows)}`);
  expect(semicolon).toContain(`Sync; nightly ${run}`);
  expect(semicolon).toBe(utf8);
});

test("a sheet whose headers match nothing still gets its owner and expiry columns from their values, and says so", async ({
  page,
}) => {
  await signInAdmin(page);
  const [finn, mia] = [uniqueEmail("odd-finn"), uniqueEmail("odd-mia")];
  const text = stringify([
    ["Thing", "Person", "When", "Vendor"],
    ["Reports", finn, "2026-12-31", "HubSpot"],
    ["Sync", mia, "N/A", "Slack"],
  ]);
  await chooseFile(page, { name: "odd.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  const matchStep = page.getByRole("region", { name: "Step 2: Match your columns" });
  await expect(matchStep.getByLabel("Column “Person”")).toHaveValue("ownerEmail");
  await expect(matchStep.getByLabel("Column “Person”")).toHaveAccessibleDescription(
    /Guessed from its values: they are email addresses/,
  );
  await expect(matchStep.getByLabel("Column “When”")).toHaveValue("expiresOn");
  await expect(matchStep.getByLabel("Column “Thing”")).toHaveValue("");
});
