import { createPerson } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

test("pages carry a strict content security policy and the other safe-default headers", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  const policy = headers["content-security-policy"];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Served over plain http in the tests, so no HSTS (it is sent when APP_URL is https).
  expect(headers["strict-transport-security"]).toBeUndefined();

  const html = await response.text();
  const nonce = policy.match(/'nonce-([^']+)'/)![1];
  expect(html).toContain(`nonce="${nonce}"`);
  const second = await request.get("/sign-in");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);
});

test("the session cookie is HttpOnly and SameSite=Lax, and the page works under the policy", async ({ page }) => {
  const errors: string[] = [];
  page.on(
    "console",
    (message) =>
      message.type() === "error" && message.text().includes("Content Security Policy") && errors.push(message.text()),
  );
  await signInAs(page.context(), await createPerson({ role: "viewer", name: "Cora Cookie" }));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Welcome, Cora Cookie" })).toBeVisible();
  await page.getByRole("combobox", { name: /Who owns/ }).fill("nothing-here");
  await page.getByRole("combobox", { name: /Who owns/ }).press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Tokens" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("the real sign-in sets a session cookie that scripts cannot read", async ({ page, mail }) => {
  const person = await createPerson({ email: `cookie-${Date.now()}@example.test` });
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.77" });
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(person.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const message = await mail.waitForMail({ to: person.email, subject: "Your Tokenbook sign-in link" });
  await page.goto(message.text.match(/https?:\/\/\S+\/sign-in\/confirm\S+/)![0]);
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("authjs.session-token");
});
