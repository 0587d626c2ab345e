import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { startExtraServer } from "./support/extra-server";
import { linkIn } from "./support/links";

const answer = "If that address belongs to someone here, a sign-in link is on its way. It works for 10 minutes.";

let nextAddress = 1;

// Each test comes from its own client address, so the per-address limit of one test never touches another.
test.beforeEach(async ({ page }, testInfo) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.${testInfo.workerIndex}.${nextAddress++}` });
});

async function askForLink(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status").filter({ hasText: answer })).toBeVisible();
}

test("a magic link signs in once; using it again fails with a plain message", async ({ page, browser, mail }) => {
  const person = await createPerson({ role: "viewer", name: "Vera Viewer", email: uniqueEmail("vera") });
  await askForLink(page, person.email);
  const message = await mail.waitForMail({ to: person.email, subject: "Your Tokenbook sign-in link" });
  const link = linkIn(message.text, "/sign-in/confirm");

  await page.goto(link);
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Vera Viewer" })).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await otherPage.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(otherPage.getByText("That sign-in link has expired or was already used.")).toBeVisible();
  await other.close();

  const outboxRow = await db.outboxMessage.findFirstOrThrow({ where: { to: person.email } });
  expect(outboxRow.text).not.toContain(new URL(link).searchParams.get("token"));
});

test("opened at http://127.0.0.1, a magic link signs in there, signing out stays there, and a used link says so there, instead of going to localhost", async ({
  browser,
  mail,
}) => {
  const server = await startExtraServer({}, { host: "127.0.0.1" });
  try {
    const person = await createPerson({ role: "viewer", name: "Ida Loopback", email: uniqueEmail("ida") });
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await askForLink(page, person.email);
    const message = await mail.waitForMail({ to: person.email, subject: "Your Tokenbook sign-in link" });
    const link = linkIn(message.text, "/sign-in/confirm");
    expect(new URL(link).origin).toBe(server.url);

    await page.goto(link);
    await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Ida Loopback" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(server.url);
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in to Tokenbook" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(server.url);

    const other = await browser.newContext({ baseURL: server.url });
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    await otherPage.getByRole("button", { name: "Continue to Tokenbook" }).click();
    await expect(otherPage.getByText("That sign-in link has expired or was already used.")).toBeVisible();
    expect(new URL(otherPage.url()).origin).toBe(server.url);
    await Promise.all([context.close(), other.close()]);
  } finally {
    await server.stop();
  }
});

test("a magic link used after 10 minutes fails with a plain message", async ({ page, mail }) => {
  const person = await createPerson({ email: uniqueEmail("late") });
  await askForLink(page, person.email);
  const message = await mail.waitForMail({ to: person.email, subject: "Your Tokenbook sign-in link" });
  const token = await db.verificationToken.findFirstOrThrow({ where: { identifier: person.email } });
  expect(token.expires.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  await db.verificationToken.updateMany({
    where: { identifier: person.email },
    data: { expires: new Date(Date.now() - 1000) },
  });

  await page.goto(linkIn(message.text, "/sign-in/confirm"));
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(page.getByText("That sign-in link has expired or was already used.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sign in to Tokenbook" })).toBeVisible();
});

test("an unknown address gets the same answer and no mail", async ({ page, mail }) => {
  const stranger = uniqueEmail("stranger");
  await askForLink(page, stranger);
  await expect(mail.waitForMail({ to: stranger, timeoutMs: 1500 })).rejects.toThrow();
});

test("the sixth request for an address within 15 minutes sends no mail", async ({ page, mail }) => {
  const person = await createPerson({ email: uniqueEmail("eager") });
  for (let request = 1; request <= 6; request++) await askForLink(page, person.email);
  await expect.poll(async () => (await mail.messages()).filter((m) => m.to.includes(person.email)).length).toBe(5);
  await page.waitForTimeout(1000);
  expect((await mail.messages()).filter((m) => m.to.includes(person.email))).toHaveLength(5);
});

test("a confirmation page without its token explains what to do", async ({ page }) => {
  await page.goto("/sign-in/confirm?email=someone%40example.test");
  await expect(page.getByRole("heading", { name: "This sign-in link is incomplete" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the one-field form still asks for a link, says in words what is wrong and keeps what was typed", async ({
    page,
    mail,
  }) => {
    const person = await createPerson({ role: "viewer" });
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill("not an address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter an email address, like name@company.com.")).toBeVisible();
    await expect(page.getByLabel("Work email")).toHaveValue("not an address");

    await page.getByLabel("Work email").fill(person.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("status").filter({ hasText: answer })).toBeVisible();
    await expect(page.getByLabel("Work email")).toHaveValue(person.email);
    await mail.waitForMail({ to: person.email });
  });
});
