import { randomBytes } from "node:crypto";
import type { Page, Response } from "@playwright/test";
import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

// The web server keeps a signed-in page's whole answer for its person (lib/http/whole-page-cache.ts). A page
// served again must be the same working page, with this answer's own nonce, and never outlive a session.

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])?.[1];

async function open(page: Page, path: string) {
  const response = (await page.goto(path))!;
  expect(response.status()).toBe(200);
  return response;
}

test("a page served again carries its own nonce, and its scripts run", async ({ page }) => {
  const m = randomBytes(4).toString("hex");
  const viewer = await createPerson({ role: "viewer", name: `Vera Viewer ${m}` });
  await createTokenRecord({ name: `Kept page ${m}`, service: `Service${m}`, expiresOn: daysFromNow(20) });
  await signInAs(page.context(), viewer);
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });

  const nonces = new Set<string>();
  for (let visit = 0; visit < 3; visit++) {
    const response = await open(page, `/tokens?q=${m}`);
    const nonce = nonceOf(response)!;
    nonces.add(nonce);
    const html = await response.text();
    // Every script the page carries is allowed by this answer's policy, and no other nonce is left in it.
    expect([...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((match) => match[1])).toEqual(
      expect.arrayContaining([nonce]),
    );
    expect(new Set([...html.matchAll(/ nonce="([^"]+)"/g)].map((match) => match[1]))).toEqual(new Set([nonce]));
    await expect(page.getByRole("link", { name: `Kept page ${m}` })).toBeVisible();
  }
  expect(nonces.size).toBe(3);

  // The page's own code runs: "Who owns…?" answers from the header of the page served last.
  await page.getByPlaceholder("Who owns…? Type a service").fill(`Service${m}`);
  await expect(page.getByRole("link", { name: new RegExp(`Kept page ${m}`) }).first()).toBeVisible();
  // And moving between pages inside the app (React's own requests) shows each page's content.
  for (let round = 0; round < 2; round++) {
    await page.getByRole("link", { name: "Calendar", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Calendar: / })).toBeVisible();
    await page.getByRole("link", { name: "Tokens", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Tokens" })).toBeVisible();
  }
  expect(blocked).toEqual([]);
});

test("a kept page is never served after its person signs out or is deactivated", async ({ page }) => {
  const m = randomBytes(4).toString("hex");
  const viewer = await createPerson({ role: "viewer", name: `Sid Session ${m}` });
  await signInAs(page.context(), viewer);
  for (let visit = 0; visit < 2; visit++) await open(page, "/calendar");

  // Signing out everywhere deletes the sessions, which moves no data version: the session is read each time.
  await db.session.deleteMany({ where: { userId: viewer.id } });
  await page.goto("/calendar");
  await expect(page).toHaveURL(/\/sign-in/);

  await signInAs(page.context(), viewer);
  for (let visit = 0; visit < 2; visit++) await open(page, "/calendar");
  await db.user.update({ where: { id: viewer.id }, data: { active: false } });
  await page.goto("/calendar");
  await expect(page).toHaveURL(/\/sign-in/);
});
