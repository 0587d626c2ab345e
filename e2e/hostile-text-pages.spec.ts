import fc from "fast-check";
import { randomInt } from "node:crypto";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

// Text as people paste it: line breaks, a carriage return alone, tabs, right-to-left marks, emoji and markup.
// (PostgreSQL stores no NUL character; input cleaning refuses it before it gets this far.)
const piece = fc.constantFrom(
  "Finance",
  " ",
  "\r\n",
  "\r",
  "\n",
  "\t",
  "\u200f",
  "\u202e",
  "🔑",
  "👩‍💻",
  "<script>alert(1)</script>",
  "&amp;",
  "é",
  "'\"",
);
const hostileText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(""));
const asShown = (text: string) => text.replace(/\r\n?/g, "\n");

/** Dismisses any dialog the page opens, which only typed markup that ran could open; tells whether one did. */
function watchForScript(page: Page) {
  let ran = false;
  page.on("dialog", async (dialog) => {
    ran = true;
    await dialog.dismiss();
  });
  return () => ran;
}

test("stored names and services of any text render safely on the token page and in the list", async ({ page }) => {
  test.setTimeout(240_000);
  const samples = fc.sample(fc.tuple(hostileText, hostileText, fc.boolean()), { numRuns: 8, seed: 13 });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  const scriptRan = watchForScript(page);
  for (const [index, [text, service, long]] of samples.entries()) {
    const marker = `hostile${Date.now().toString(36)}${index}`;
    const name = `${marker} ${long ? text.repeat(Math.ceil(1000 / text.length)).slice(0, 1000) : text}`;
    const token = await createTokenRecord({ name, service: `${service}x` });

    const detail = await page.goto(`/tokens/${token.id}`);
    expect(detail?.status(), name).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(asShown(name));

    const list = await page.goto(`/tokens?q=${marker}`);
    expect(list?.status(), name).toBe(200);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
    expect(await page.locator(".token-name > div").textContent()).toBe(`${asShown(service)}x · Production`);
    expect(scriptRan(), "no typed markup ever runs").toBe(false);
  }
});

test("stored token names, services and owner names of any text and length render safely in the calendar's grid (wide and on a phone) and list", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const samples = fc.sample(fc.tuple(hostileText, hostileText, hostileText, fc.boolean()), { numRuns: 6, seed: 29 });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));
  const scriptRan = watchForScript(page);
  for (const [index, [text, service, ownerText, long]] of samples.entries()) {
    const marker = `hostile${Date.now().toString(36)}${index}`;
    // Long ones end in 1,000 characters with no place to break a line, as a pasted address can.
    const name = `${marker} ${text}${long ? "Wide".repeat(250) : ""}`;
    const ownerName = `${marker} ${ownerText}`;
    // A day years ahead that no other test fills, so the token is among the dates the grid shows.
    const expiresOn = daysFromNow(3000 + randomInt(20_000));
    const month = expiresOn.toISOString().slice(0, 7);
    const owner = await createPerson({ name: ownerName, role: "editor" });
    const token = await createTokenRecord({ name, service: `${service}x`, ownerId: owner.id, expiresOn });
    const link = page.locator(`a[href="/tokens/${token.id}"]`);

    await page.setViewportSize({ width: 1280, height: 900 });
    const grid = await page.goto(`/calendar?month=${month}`);
    expect(grid?.status(), name).toBe(200);
    expect(await page.getByRole("table").locator(`a[href="/tokens/${token.id}"]`).textContent()).toBe(
      `Expires: ${asShown(name)}`,
    );
    const title = await page.getByRole("table").locator(`a[href="/tokens/${token.id}"]`).getAttribute("title");
    expect(title?.startsWith(`Expires: ${asShown(name)} (`), title ?? "").toBe(true);

    // On a phone the same grid lists the day's dates in full: the name wraps, the page never scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole("table").locator(`a[href="/tokens/${token.id}"]`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);

    const list = await page.goto(`/calendar?month=${month}&view=list`);
    expect(list?.status(), name).toBe(200);
    expect(await link.textContent()).toBe(`Expires: ${asShown(name)}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
    const details = await link.locator("xpath=following-sibling::span[1]").textContent();
    expect(details?.startsWith(`(${asShown(service)}x · `), details ?? "").toBe(true);
    expect(details?.endsWith(` · owner ${asShown(ownerName)})`), details ?? "").toBe(true);
    expect(scriptRan(), "no typed markup ever runs").toBe(false);
  }
});

// Runs with no place to break a line, as a pasted address or a name written without spaces can be.
const unbreakable = fc
  .array(fc.constantFrom("W", "ide", "é", "ß", "Ж", "ك", "0", "_", "\u200f"), { minLength: 300, maxLength: 600 })
  .map((parts) => parts.join("").slice(0, 990));

/** Every element that shows `text` and the `select`s that offer it, each no wider than the window; nor is the page. */
async function expectNothingWiderThanTheWindow(page: Page, text: string, where: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const tooWide = await page.evaluate(
      ({ text, width }) => {
        const shown = [...document.querySelectorAll("body *")].filter(
          (element) =>
            element.tagName === "SELECT" ||
            [...element.childNodes].some(
              (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(text),
            ),
        );
        return [
          ...(document.documentElement.scrollWidth > width
            ? [`the page, ${document.documentElement.scrollWidth} px`]
            : []),
          ...shown
            .filter((element) => element.getBoundingClientRect().width > width)
            .map(
              (element) =>
                `<${element.tagName.toLowerCase()}>, ${Math.round(element.getBoundingClientRect().width)} px`,
            ),
        ];
      },
      { text: text.slice(0, 40), width },
    );
    expect(tooWide, `${where} at ${width} px`).toEqual([]);
  }
}

test("names, services, teams and notes of 1,000 characters with no place to break never make a page wider than a phone or a desktop window", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const samples = fc.sample(unbreakable, { numRuns: 2, seed: 41 });
  for (const [index, text] of samples.entries()) {
    const marker = `unbroken${Date.now().toString(36)}${index}`;
    const long = (field: string) => `${marker}${field}${text}`;
    const team = await createTeam(long("Team"));
    const owner = await createPerson({ name: long("Owner"), role: "editor" });
    const backup = await createPerson({ name: long("Backup"), role: "editor" });
    const admin = await createPerson({ name: long("Admin"), role: "admin" });
    const expiresOn = daysFromNow(5);
    const fields = { ownerId: owner.id, teamId: team.id, expiresOn, service: long("Service") };
    const token = await createTokenRecord({
      ...fields,
      name: long("Token"),
      backupId: backup.id,
      purpose: long("Purpose"),
      secretLocation: long("Vault"),
      notes: long("Notes"),
    });
    await createTokenRecord({ ...fields, name: long("Unbacked") });

    await signInAs(page.context(), owner);
    for (const path of [
      "/",
      "/my-tokens",
      `/tokens?q=${marker}`,
      `/tokens/${token.id}`,
      `/tokens/${token.id}/runbook`,
      `/tokens/${token.id}/edit`,
      `/timeline?group=owner&owner=${owner.id}`,
      `/timeline?group=team&team=${team.id}`,
      `/calendar?month=${expiresOn.toISOString().slice(0, 7)}&view=list`,
      "/profile",
    ]) {
      await page.setViewportSize({ width: 1280, height: 900 });
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expectNothingWiderThanTheWindow(page, marker, path);
    }
    await signInAs(page.context(), admin);
    for (const path of ["/people", "/teams", `/ownership?q=${marker}`, `/ownership/hand-over/${owner.id}`, "/audit"]) {
      await page.setViewportSize({ width: 1280, height: 900 });
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expectNothingWiderThanTheWindow(page, marker, path);
    }
  }
});
