import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

test("a viewer tells the owner it's not working: owner and backup get one email each, a second press sends none, the token shows it until answered", async ({
  page,
  browser,
  mail,
}) => {
  const id = Math.random().toString(36).slice(2, 7);
  const owner = await createPerson({ role: "editor", name: `Olive Owner ${id}`, email: uniqueEmail("owner") });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${id}`, email: uniqueEmail("backup") });
  const viewer = await createPerson({ role: "viewer", name: `Vic Viewer ${id}` });
  const token = await createTokenRecord({
    name: `HubSpot reporting ${id}`,
    service: "HubSpot",
    ownerId: owner.id,
    backupId: backup.id,
  });

  await signInAs(page.context(), viewer);
  const earlierTab = await page.context().newPage();
  await earlierTab.goto(`/tokens/${token.id}`);
  await page.goto(`/tokens/${token.id}`);
  await page.getByRole("button", { name: "Tell the owner it's not working" }).click();
  await page.getByLabel("What isn't working (optional)").fill("The Monday report shows no numbers since Friday.");
  await page.getByRole("button", { name: "Tell the owner and backup" }).click();
  await expect(page.getByText(`${viewer.name} said on`)).toContainText(
    "that something using this token is not working.",
  );
  await expect(page.getByText("What they wrote: “The Monday report shows no numbers since Friday.”")).toBeVisible();
  await expect(page.getByRole("button", { name: "Tell the owner it's not working" })).toHaveCount(0);

  const [toOwner, toBackup] = await Promise.all(
    [owner, backup].map((person) => mail.waitForMail({ to: person.email, subject: "Not working", timeoutMs: 60_000 })),
  );
  expect(toOwner.subject).toBe(`Not working: “${token.name}” (HubSpot)`);
  expect(toOwner.text).toContain(`${viewer.name} says something that runs on the HubSpot token`);
  expect(toBackup.text).toContain("The Monday report shows no numbers since Friday.");

  // A tab opened before the first report: pressing there again tells nobody twice.
  await earlierTab.getByRole("button", { name: "Tell the owner it's not working" }).click();
  await earlierTab.getByRole("button", { name: "Tell the owner and backup" }).click();
  await expect(earlierTab.getByText("The owner and backup were already told; nothing more was sent.")).toBeVisible();
  for (const person of [owner, backup])
    expect(await db.outboxMessage.count({ where: { to: person.email, kind: "not-working" } })).toBe(1);

  const ownerContext = await browser.newContext();
  await signInAs(ownerContext, owner);
  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto(`/tokens/${token.id}`);
  await expect(ownerPage.getByText(`${viewer.name} said on`)).toBeVisible();
  await ownerPage.getByRole("button", { name: "I've looked at it" }).click();
  await expect(ownerPage.getByText(`${viewer.name} said on`)).toHaveCount(0);
  await expect(ownerPage.getByRole("button", { name: "I've looked at it" })).toHaveCount(0);
  const history = ownerPage.getByRole("heading", { name: "History" }).locator("..");
  await expect(history.getByText("Told the owner it's not working")).toBeVisible();
  await expect(history.getByText("Answered the “not working” report")).toBeVisible();
  await ownerContext.close();
});
