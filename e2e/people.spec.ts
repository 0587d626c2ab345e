import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { linkIn } from "./support/links";
import { signInAs } from "./support/sign-in-as";

test("an admin invites a person, who follows the emailed link, confirms, and is signed in with that role", async ({
  page,
  browser,
  mail,
}) => {
  const admin = await createPerson({ role: "admin", name: "Ada Admin" });
  await signInAs(page.context(), admin);
  const email = uniqueEmail("finn");

  await page.goto("/people");
  const form = page.getByRole("form", { name: "Invite a person" });
  await form.getByLabel("Name").fill("Finn Newcomer");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("editor");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toContainText(
    "Finn Newcomer was invited. The invitation email is on its way.",
  );
  await expect(page.getByRole("cell", { name: new RegExp(email) })).toBeVisible();

  const invitation = await mail.waitForMail({ to: email, subject: "invited you to Tokenbook" });
  expect(invitation.subject).toBe("Ada Admin invited you to Tokenbook");
  expect(invitation.html).toContain("Accept the invitation");

  const finn = await browser.newContext();
  const finnPage = await finn.newPage();
  await finnPage.goto(linkIn(invitation.text, "/sign-in/confirm"));
  await expect(finnPage.getByText(`You are signing in as ${email}`)).toBeVisible();
  await finnPage.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(finnPage.getByRole("heading", { name: "Welcome, Finn Newcomer" })).toBeVisible();
  await finnPage.goto("/profile");
  await expect(finnPage.getByText("Editor — Keeps the tokens they own or back up up to date.")).toBeVisible();
  await finn.close();
});

test("a viewer opening the People page is refused by the server, and the refusal is audited", async ({
  page,
  request,
}) => {
  const viewer = await createPerson({ role: "viewer" });
  await signInAs(page.context(), viewer);
  await page.goto("/people");
  await expect(page.getByRole("heading", { name: "You don't have access to the People page" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" })).toHaveCount(0);

  const refusals = await db.auditEvent.findMany({ where: { actorId: viewer.id, action: "authorization.refused" } });
  expect(refusals.map((event) => event.after)).toContainEqual({ attempted: "person.list" });

  const cookies = await page.context().cookies();
  const exported = await request.get("/api/audit/export", {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
  });
  expect(exported.status()).toBe(403);
});

test("a deactivated person's open session is refused on its next request", async ({ page, browser }) => {
  const admin = await createPerson({ role: "admin" });
  const leaver = await createPerson({ role: "editor", name: "Lee Leaver" });
  const leaverContext = await browser.newContext();
  await signInAs(leaverContext, leaver);
  const leaverPage = await leaverContext.newPage();
  await leaverPage.goto("/profile");
  await expect(leaverPage.getByRole("heading", { name: "Your profile" })).toBeVisible();

  await signInAs(page.context(), admin);
  await page.goto("/people");
  const row = page.getByRole("row").filter({ hasText: leaver.email });
  await row.getByRole("button", { name: "Deactivate Lee Leaver" }).click();
  await row.getByRole("button", { name: "Yes, deactivate Lee Leaver" }).click();
  await expect(row.getByRole("status")).toContainText("Lee Leaver is deactivated and was signed out everywhere.");
  await expect(row).toContainText("Deactivated on");

  await leaverPage.reload();
  // Back to sign-in, remembering the page they were on.
  await expect(leaverPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile$/);
  expect(await db.session.count({ where: { userId: leaver.id } })).toBe(0);
  await leaverContext.close();
});

test("an invitation link stops working when the person is deactivated, and stays dead after reactivation", async ({
  page,
  browser,
  mail,
}) => {
  const admin = await createPerson({ role: "admin", name: "Ada Admin" });
  await signInAs(page.context(), admin);
  const email = uniqueEmail("olga");
  await page.goto("/people");
  const form = page.getByRole("form", { name: "Invite a person" });
  await form.getByLabel("Name").fill("Olga Oldlink");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Send invitation" }).click();
  const invitation = await mail.waitForMail({ to: email, subject: "invited you to Tokenbook" });

  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Deactivate Olga Oldlink" }).click();
  await row.getByRole("button", { name: "Yes, deactivate Olga Oldlink" }).click();
  await expect(row).toContainText("Deactivated on");
  expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
  await row.getByRole("button", { name: "Reactivate Olga Oldlink" }).click();
  await expect(row).not.toContainText("Deactivated on");

  const olga = await browser.newContext();
  const olgaPage = await olga.newPage();
  await olgaPage.goto(linkIn(invitation.text, "/sign-in/confirm"));
  await olgaPage.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(olgaPage.getByText("That sign-in link has expired or was already used.")).toBeVisible();
  await olga.close();
});
