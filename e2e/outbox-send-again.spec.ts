import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

test("an admin double-clicks “Send again” on a failed email in the Outbox: it arrives once", async ({ page, mail }) => {
  const tag = randomBytes(3).toString("hex");
  const to = uniqueEmail("olga");
  const subject = `HubSpot reporting key ${tag} expires in 7 days`;
  // What a long outage leaves behind: a reminder whose tries ran out.
  const failed = await db.outboxMessage.create({
    data: {
      messageId: `<send-again-${tag}@example.test>`,
      kind: "reminder",
      to,
      subject,
      text: `Replace it before it runs out. ${tag}`,
      html: `<p>Replace it before it runs out. ${tag}</p>`,
      status: "failed",
      attempts: 12,
      lastError: "The mail server could not be reached.",
    },
  });
  await signInAs(page.context(), await createPerson({ role: "admin" }));
  await page.goto("/outbox?status=failed");
  const button = page.getByRole("button", { name: `Send again: ${subject}` });
  await expect(button).toBeEnabled();
  await button.dblclick();

  await mail.waitForMail({ to, subject });
  await expect
    .poll(async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).status)
    .toBe("sent");
  // Once sent, nothing else can send it: every copy that would ever arrive has arrived.
  expect((await mail.messages()).filter((message) => message.to.includes(to))).toHaveLength(1);
  expect(
    await db.auditEvent.count({
      where: { action: "mail.sent_again", after: { path: ["emails", "0", "subject"], equals: subject } },
    }),
  ).toBe(1);
});
