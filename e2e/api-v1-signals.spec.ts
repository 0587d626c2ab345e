import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

const unique = () => Math.random().toString(36).slice(2, 7);

async function monitorKey(scope: "report" | "read" = "report") {
  const keeper = await createPerson({ role: "editor", name: `Mo Monitor ${unique()}` });
  return (
    await createApiKey(keeper, { name: "uptime-kuma", scope, expiresOn: isoDay(daysFromNow(30)), ownerId: keeper.id })
  ).key;
}

test("a monitor sends 'failing' 50 times: owner and backup each get exactly one email, token and home page show it, 'up' clears it", async ({
  page,
  request,
  mail,
}) => {
  const id = unique();
  const owner = await createPerson({ role: "editor", name: `Olive Owner ${id}`, email: uniqueEmail("owner") });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${id}`, email: uniqueEmail("backup") });
  const token = await createTokenRecord({
    name: `HubSpot sync ${id}`,
    service: "HubSpot",
    ownerId: owner.id,
    backupId: backup.id,
  });
  const headers = { Authorization: `Bearer ${await monitorKey()}` };
  const signals = `/api/v1/tokens/${token.id}/signals`;

  // Five rounds of ten at once: the repeats race the first one, as a busy monitor's would.
  const told: boolean[] = [];
  for (let round = 0; round < 5; round++) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        request.post(signals, { headers, data: { kind: "failing", detail: "HubSpot answered 401 Unauthorized" } }),
      ),
    );
    for (const answer of answers) {
      expect(answer.status(), await answer.text()).toBe(200);
      told.push((await answer.json()).told);
    }
  }
  expect(told.filter(Boolean)).toHaveLength(1);

  const [toOwner, toBackup] = await Promise.all(
    [owner, backup].map((person) => mail.waitForMail({ to: person.email, subject: "Failing:" })),
  );
  expect(toOwner.subject).toBe(`Failing: “${token.name}” (HubSpot) — a monitor reports it`);
  expect(toBackup.text).toContain("What it saw: “HubSpot answered 401 Unauthorized”");
  expect(toOwner.text).toContain(`/tokens/${token.id}/runbook#check-it-worked`);
  // Every answer came back after its delivery was tried, so nothing more is on its way.
  const caught = await mail.messages();
  for (const person of [owner, backup]) {
    expect(caught.filter((message) => message.to.includes(person.email))).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { to: person.email } })).toBe(1);
  }

  await signInAs(page.context(), owner);
  await page.goto(`/tokens/${token.id}`);
  await expect(
    page.getByText(
      /^A monitor reports this token failing since \d{1,2} \w{3} \d{4}, \d\d:\d\d .*: HubSpot answered 401 Unauthorized$/,
    ),
  ).toBeVisible();
  await expect(page.getByText(/Reported by the API key “uptime-kuma” of Mo Monitor .*, 50 times/)).toBeVisible();
  await page.screenshot({ path: "test-results/monitor-failing-token.png", fullPage: true });
  await page.goto("/");
  const failing = page.getByRole("region", { name: "Failing, says a monitor" });
  await expect(
    failing.getByText(/A monitor reports this token failing since .*: HubSpot answered 401 Unauthorized/),
  ).toBeVisible();
  await failing.getByRole("link", { name: "check it" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/tokens/${token.id}/runbook#check-it-worked$`));

  // Uptime Kuma's own "up" webhook clears it.
  const up = await request.post(signals, {
    headers,
    data: {
      heartbeat: { status: 1, msg: "200 - OK" },
      monitor: { name: "HubSpot API" },
      msg: "[HubSpot API] [✅ Up] 200 - OK",
    },
  });
  expect(await up.json()).toMatchObject({ understood: "ok", failing: false });
  await page.goto(`/tokens/${token.id}`);
  await expect(page.getByText("A monitor reports this token failing")).toHaveCount(0);
  await expect(
    page
      .getByRole("heading", { name: "History" })
      .locator("..")
      .getByText("A monitor reported the token working again"),
  ).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "What needs attention" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Failing, says a monitor" }).getByRole("link", { name: token.name }),
  ).toHaveCount(0);
});

test("Grafana's webhook as it comes: firing opens a failure, resolved clears it; a read key may not send signals", async ({
  request,
}) => {
  const owner = await createPerson({ role: "editor" });
  const token = await createTokenRecord({ ownerId: owner.id });
  const signals = `/api/v1/tokens/${token.id}/signals`;
  const grafana = (status: "firing" | "resolved") => ({
    receiver: "Tokenbook",
    status,
    orgId: 1,
    state: status === "firing" ? "alerting" : "ok",
    title: `[${status.toUpperCase()}:1] Stripe key check`,
    message: "**Firing**\n\nValue: B=1\nSource: https://grafana.example.test/alerting/grafana/abc/view?orgId=1",
    alerts: [
      {
        status,
        labels: { alertname: "Stripe key check" },
        annotations: { summary: "Stripe answered 401" },
        fingerprint: "c6eadffa33fcdf37",
      },
    ],
    version: "1",
  });
  const headers = { Authorization: `Bearer ${await monitorKey()}` };
  const firing = await request.post(signals, { headers, data: grafana("firing") });
  expect(await firing.json()).toMatchObject({
    understood: "failing",
    failing: true,
    detail: "[FIRING:1] Stripe key check: Stripe answered 401",
  });
  expect(await (await request.post(signals, { headers, data: grafana("resolved") })).json()).toMatchObject({
    understood: "ok",
    failing: false,
  });

  const readOnly = await request.post(signals, {
    headers: { Authorization: `Bearer ${await monitorKey("read")}` },
    data: grafana("firing"),
  });
  expect(readOnly.status()).toBe(403);
  const unreadable = await request.post(signals, { headers, data: { hello: "world" } });
  expect(unreadable.status()).toBe(422);
  expect((await unreadable.json()).error.message).toContain("Uptime Kuma or Grafana");
  expect(await db.monitorFailure.count({ where: { openTokenId: token.id } })).toBe(0);
});
