import { PgBoss } from "pg-boss";
import type { Page, Response } from "@playwright/test";
import { db } from "@/lib/db";
import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { linkIn } from "./support/links";
import { startBalancedInstances, type BalancedInstances } from "./support/load-balancer";

// Two more instances of the app on the run's database, behind HAProxy on loopback: the
// balancer's X-Served-By header names the instance that answered each request. HAProxy's address
// is their TRUSTED_PROXIES, so X-Forwarded-For is read from the right, past the balancer.
let cluster: BalancedInstances;
test.beforeAll(async () => {
  cluster = await startBalancedInstances(["a", "b"], { TRUSTED_PROXIES: "127.0.0.1" });
});
test.afterAll(async () => {
  await cluster?.stop();
});
test.use({ baseURL: undefined });

const id = () => Math.random().toString(36).slice(2, 7);

/** Which instance answered each server-action POST (a tick, a finish) on this page. */
function recordActionsServedBy(page: Page) {
  const served: string[] = [];
  page.on("response", (response: Response) => {
    if (response.request().method() === "POST") served.push(response.headers()["x-served-by"] ?? "?");
  });
  return served;
}

async function sendSweeps(count: number) {
  const boss = new PgBoss({
    connectionString: process.env.E2E_APP_DATABASE_URL!,
    schema: "pgboss",
    supervise: false,
    schedule: false,
  });
  await boss.start();
  for (let i = 0; i < count; i++) await boss.send("reminders-sweep");
  await boss.stop({ graceful: false });
}

const unfinishedSweeps = async () =>
  Number(
    (
      await db.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM pgboss.job WHERE name = 'reminders-sweep' AND state IN ('created', 'retry', 'active')`
    )[0].n,
  );

test("two instances behind HAProxy: sign-in, reminders once, a rotation across both and on after one dies", async ({
  browser,
  mail,
}) => {
  test.setTimeout(300_000);
  const suffix = id();
  const owner = await createPerson({ role: "editor", name: `Lena Balancer ${suffix}`, email: uniqueEmail("lena") });
  const backup = await createPerson({ role: "editor", name: `Bo Backup ${suffix}`, email: uniqueEmail("bo") });
  const context = await browser.newContext({ baseURL: cluster.url });
  const page = await context.newPage();

  // Sign in through one instance; the requests after it are answered by both, signed in.
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(owner.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status")).toContainText("a sign-in link is on its way");
  const signInMail = await mail.waitForMail({ to: owner.email, subject: "Your Tokenbook sign-in link" });
  const link = linkIn(signInMail.text, "/sign-in/confirm");
  expect(link.startsWith(cluster.url)).toBe(true);
  await page.goto(link);
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${owner.name}` })).toBeVisible();
  const signedInOn = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const response = await context.request.get("/tokens");
    if ((await response.text()).includes(owner.name)) signedInOn.add(response.headers()["x-served-by"]);
  }
  expect([...signedInOn].sort()).toEqual(["a", "b"]);

  // A reminder sweep on every instance at once sends each reminder once.
  const token = await createTokenRecord({
    name: `Balanced key ${suffix}`,
    ownerId: owner.id,
    backupId: backup.id,
    expiresOn: daysFromNow(7),
  });
  await sendSweeps(6);
  const subject = `Balanced key ${suffix} (HubSpot) expires in 7 days`;
  await mail.waitForMail({ to: owner.email, subject });
  await mail.waitForMail({ to: backup.email, subject });
  // Sweeps racing on three runners may lose a claim and fail; pg-boss retries them 30 s later, so the
  // ceiling allows a retry. What is tested: every sweep ends and each reminder was sent once.
  await expect.poll(unfinishedSweeps, { timeout: 120_000 }).toBe(0);
  const reminders = (await mail.messages()).filter((message) => message.subject.includes(subject));
  expect(reminders.map((message) => message.to.join()).sort()).toEqual([owner.email, backup.email].sort());
  expect(await db.reminderDelivery.count({ where: { tokenId: token.id, status: "sent" } })).toBe(2);

  // A rotation run ticked through both instances; one is killed mid-run and the other carries on.
  await startRunbookFromTemplate(
    { ...owner, ipAddress: null, userAgent: null },
    token.id,
    builtInTemplateId("personal-access-token"),
  );
  const served = recordActionsServedBy(page);
  await page.goto(`/tokens/${token.id}/runbook`);
  await page.getByRole("button", { name: "Start a rotation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Rotation: ${token.name}` })).toBeVisible();
  const stepCount = await page.getByRole("checkbox", { name: /^Step \d+$/ }).count();
  for (const step of [1, 2, 3]) {
    await page.getByRole("checkbox", { name: `Step ${step}` }).check();
    await expect(page.getByText(new RegExp(`— ${step} of ${stepCount} steps done`))).toBeVisible();
  }
  expect([...new Set(served)].sort()).toEqual(["a", "b"]);

  await cluster.kill("a");
  served.length = 0;
  for (let step = 4; step <= stepCount; step++) {
    await page.getByRole("checkbox", { name: `Step ${step}` }).check();
    await expect(page.getByText(new RegExp(`— ${step} of ${stepCount} steps done`))).toBeVisible();
  }
  await page.getByLabel("New expiry date").fill(isoDay(daysFromNow(365)));
  await page.getByLabel("How did you check it works?").fill("The report loaded after the switch.");
  await page.getByRole("button", { name: "Finish and save the new dates" }).click();
  await expect(page.getByText("Rotation finished: the new dates are saved")).toBeVisible();
  expect(new Set(served)).toEqual(new Set(["b"]));

  const run = await db.rotationRun.findFirstOrThrow({ where: { tokenId: token.id }, include: { checks: true } });
  expect(run.status).toBe("completed");
  expect(run.checks).toHaveLength(stepCount);
  await context.close();
});

test("behind HAProxy with TRUSTED_PROXIES: each office has its own sign-in limit, and an address made up in front of the real one is ignored", async ({
  request,
  mail,
}) => {
  test.setTimeout(150_000);
  // Loopback stands in for the internet: an office's address arrives the way HAProxy passes it on.
  const [officeA, officeB] = [
    `198.51.100.${1 + Math.floor(Math.random() * 120)}`,
    `198.51.100.${121 + Math.floor(Math.random() * 120)}`,
  ];
  const ask = (email: string, forwardedFor: string) =>
    request.post(`${cluster.url}/api/auth/signin/email`, {
      form: { email, csrfToken: "x" },
      headers: { origin: cluster.url, "x-forwarded-for": forwardedFor },
      maxRedirects: 0,
    });
  const limited = async (forwardedFor: string) =>
    (await ask(uniqueEmail("visitor"), forwardedFor)).headers().location?.includes("wait=") ?? false;

  // Office A uses up its 60 requests; someone there puts a made-up address in front: still office A's count.
  for (let index = 0; index < 60; index++) expect(await limited(officeA), `request ${index + 1}`).toBe(false);
  expect(await limited(`6.6.6.6, ${officeA}`)).toBe(true);

  // Office B, through the same balancer and instances, is not affected; its person gets the link.
  const person = await createPerson({ name: `Office B ${id()}`, email: uniqueEmail("officeb") });
  expect(await limited(`${officeB}`)).toBe(false);
  expect((await ask(person.email, officeB)).headers().location).toMatch(/\/sign-in\?requested=1$/);
  await mail.waitForMail({ to: person.email, subject: "Your Tokenbook sign-in link" });
  const attempts = await db.signInAttempt.findMany({
    where: { ipAddress: { in: [officeA, officeB, "6.6.6.6"] } },
    select: { ipAddress: true },
  });
  expect(new Set(attempts.map((attempt) => attempt.ipAddress))).toEqual(new Set([officeA, officeB]));
});
