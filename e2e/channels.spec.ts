import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createPerson, createTeam } from "@/prisma/factories";
import { startWebhookReceiver, type WebhookReceiver } from "@/testing/webhook-receiver";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver.stop();
});

test("an admin adds a Slack channel and a signed webhook, tests them, routes a team, and never sees an address again", async ({
  page,
}) => {
  const tag = randomBytes(3).toString("hex");
  const slackPath = `/services/T0${tag}/B0${tag}/secretSlackPath${tag}`;
  const hookPath = `/hooks/secretHookPath${tag}`;
  const team = await createTeam(`Marketing ${tag}`);
  await signInAs(page.context(), await createPerson({ role: "admin" }));
  await page.goto("/settings");

  const form = page.getByRole("form", { name: "Add a channel" });
  await form.getByLabel("Name").fill(`Marketing in Slack ${tag}`);
  await form.getByLabel("Service").selectOption("slack");
  await form.getByLabel("Webhook address").fill(receiver.url(slackPath));
  await form.getByRole("button", { name: "Add channel" }).click();
  await expect(
    form
      .getByRole("status")
      .or(form.getByRole("alert"))
      .filter({ hasText: `Added “Marketing in Slack ${tag}”` }),
  ).toBeVisible();

  // Shown as host and last four characters only.
  const slackItem = page.getByRole("listitem").filter({ hasText: `Marketing in Slack ${tag}` });
  await expect(slackItem).toContainText(`127.0.0.1:${new URL(receiver.url("/")).port} …${slackPath.slice(-4)}`);
  await slackItem.getByRole("button", { name: `Send a test message to Marketing in Slack ${tag}` }).click();
  await expect(slackItem.getByText("The service answered 200: ok")).toBeVisible();
  const [sample] = receiver.requests(slackPath);
  expect(JSON.parse(sample.body)).toMatchObject({ text: "Test message from Tokenbook", blocks: expect.any(Array) });

  // A webhook: its signing secret is shown once, right after adding it.
  await form.getByLabel("Name").fill(`Security hook ${tag}`);
  await form.getByLabel("Service").selectOption("webhook");
  await form.getByLabel("Webhook address").fill(receiver.url(hookPath));
  await form.getByRole("button", { name: "Add channel" }).click();
  const secret = (await page.getByTestId("signing-secret").textContent()) ?? "";
  expect(secret).toMatch(/^whsec_/);

  await page
    .getByRole("combobox", { name: `Marketing ${tag}`, exact: true })
    .selectOption({ label: `Marketing in Slack ${tag}` });
  await page.getByRole("button", { name: `Save the channel for Marketing ${tag}` }).click();
  await expect(page.getByText("Saved: this team's reminders also go to that channel.")).toBeVisible();
  await expect.poll(async () => (await db.team.findUniqueOrThrow({ where: { id: team.id } })).channelId).not.toBeNull();

  // After a reload, neither address nor secret is anywhere on the page; nor in the audit log page.
  await page.reload();
  for (const address of [slackPath, hookPath, secret]) expect(await page.content()).not.toContain(address.slice(-12));
  await page.goto("/audit");
  for (const address of [slackPath, hookPath, secret]) expect(await page.content()).not.toContain(address.slice(-12));

  // Cleaned up through the page, so no later spec's sweep posts to this spec's receiver.
  await page.goto("/settings");
  page.on("dialog", (dialog) => void dialog.accept());
  for (const name of [`Marketing in Slack ${tag}`, `Security hook ${tag}`]) {
    await page.getByRole("button", { name: `Remove ${name}` }).click();
    await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
  }
});

test("a channel address that is not https, or leads to a private network, is refused in plain words", async ({
  page,
}) => {
  await signInAs(page.context(), await createPerson({ role: "admin" }));
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Add a channel" });
  await form.getByLabel("Name").fill(`Refused ${randomBytes(3).toString("hex")}`);
  await form.getByLabel("Webhook address").fill("http://hooks.slack.example/services/x");
  await form.getByRole("button", { name: "Add channel" }).click();
  await expect(form.getByText("The address must start with https://.")).toBeVisible();
});

test("people who are not admins cannot open the channels", async ({ page }) => {
  await signInAs(page.context(), await createPerson({ role: "editor" }));
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Chat and webhooks" })).toHaveCount(0);
});
