// Sign-in limits sized for people, a client address that cannot be made up, and no oracle:
// Auth.js's own endpoints answer alike for everyone and a link is used only by the confirm button.
import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { startExtraServer } from "./support/extra-server";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { linkIn } from "./support/links";

const answer = "If that address belongs to someone here, a sign-in link is on its way. It works for 10 minutes.";
const subject = "Your Tokenbook sign-in link";
// Documentation ranges (RFC 5737), one fresh block per test so tests never share a client.
const clientAddress = () => `203.0.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0] % 250)}`;

/** Asks through Auth.js's own email endpoint, as a script would, from the given client. */
async function askThroughAuthJs(request: APIRequestContext, baseURL: string, email: string, client: string) {
  const started = performance.now();
  const response = await request.post(`${baseURL}/api/auth/signin/email`, {
    form: { email, csrfToken: "x" },
    headers: { origin: baseURL, "x-forwarded-for": client },
    maxRedirects: 0,
  });
  return { status: response.status(), location: response.headers().location, ms: performance.now() - started };
}

const mailsTo = async (mail: { messages(): Promise<{ to: string[] }[]> }, email: string) =>
  (await mail.messages()).filter((m) => m.to.includes(email)).length;

test("30 colleagues behind one trusted proxy each get their link, and the 61st request is told to wait", async ({
  page,
  request,
  baseURL,
  mail,
}) => {
  test.setTimeout(120_000);
  const office = clientAddress();
  const colleagues = await Promise.all(
    Array.from({ length: 30 }, (_, index) => createPerson({ email: uniqueEmail(`colleague${index}`) })),
  );
  for (const colleague of colleagues)
    expect((await askThroughAuthJs(request, baseURL!, colleague.email, office)).location).toMatch(
      /\/sign-in\?requested=1$/,
    );
  for (let index = 0; index < 30; index++) await askThroughAuthJs(request, baseURL!, uniqueEmail("visitor"), office);
  for (const colleague of colleagues) await mail.waitForMail({ to: colleague.email, subject });

  await page.setExtraHTTPHeaders({ "X-Forwarded-For": office });
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(colleagues[0].email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Too many sign-in requests came from your network just now. Wait 15 minutes and try again." }),
  ).toBeVisible();
});

test("a stranger's six requests for Hannah's address do not stop Hannah's own", async ({
  page,
  request,
  baseURL,
  mail,
}) => {
  const hannah = await createPerson({ name: "Hannah", email: uniqueEmail("hannah") });
  const stranger = clientAddress();
  for (let index = 0; index < 6; index++) await askThroughAuthJs(request, baseURL!, hannah.email, stranger);
  await expect.poll(() => mailsTo(mail, hannah.email)).toBe(5);

  await page.setExtraHTTPHeaders({ "X-Forwarded-For": clientAddress() });
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(hannah.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status").filter({ hasText: answer })).toBeVisible();
  await expect.poll(() => mailsTo(mail, hannah.email)).toBe(6);
});

test("with TRUSTED_PROXIES unset, a made-up X-Forwarded-For changes neither the limit nor the audited address", async ({
  browser,
  request,
  mail,
}) => {
  test.setTimeout(90_000);
  const server = await startExtraServer({ TRUSTED_PROXIES: undefined });
  try {
    const person = await createPerson({ name: "Forged Fiona", email: uniqueEmail("fiona") });
    for (let index = 0; index < 6; index++) await askThroughAuthJs(request, server.url, person.email, clientAddress());
    await expect.poll(() => mailsTo(mail, person.email)).toBe(5);
    const attempts = await db.signInAttempt.findMany({ where: { email: person.email }, select: { ipAddress: true } });
    expect(new Set(attempts.map((attempt) => attempt.ipAddress))).toEqual(
      new Set([expect.stringMatching(/^(127\.0\.0\.1|::1)$/)]),
    );

    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6" } });
    const page = await context.newPage();
    const message = await mail.waitForMail({ to: person.email, subject });
    await page.goto(linkIn(message.text, "/sign-in/confirm"));
    await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Forged Fiona" })).toBeVisible();
    const signedIn = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.signed_in", recordId: person.id } });
    expect(signedIn.ipAddress).toMatch(/^(127\.0\.0\.1|::1)$/);
    await context.close();
  } finally {
    await server.stop();
  }
});

// The answer times are printed for the record, not asserted: a timed assertion fails on a busy machine.
test("Auth.js's own sign-in endpoint answers known and unknown addresses alike, and says how long each took", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const known = await Promise.all(Array.from({ length: 21 }, () => createPerson({ email: uniqueEmail("timed") })));
  const gone = await createPerson({ email: uniqueEmail("gone"), active: false });
  const answers = new Set<string>();
  for (const email of [known[20].email, gone.email, uniqueEmail("nobody")]) {
    const { status, location } = await askThroughAuthJs(request, baseURL!, email, clientAddress());
    answers.add(`${status} ${location}`);
  }
  expect([...answers]).toEqual([`303 ${baseURL}/sign-in?requested=1`]);

  await expect.poll(() => db.outboxMessage.count({ where: { to: known[20].email, sentAt: { not: null } } })).toBe(1);
  const times = { known: [] as number[], unknown: [] as number[] };
  // Every measurement starts from the same state: the previous mail sent, and one more request
  // answered after it, so neither side is timed while the other's background work still runs.
  const settle = async () => expect((await request.get(`${baseURL}/api/health`)).ok()).toBe(true);
  const askKnown = async (email: string) => {
    times.known.push((await askThroughAuthJs(request, baseURL!, email, clientAddress())).ms);
    await expect.poll(() => db.outboxMessage.count({ where: { to: email, sentAt: { not: null } } })).toBe(1);
    await settle();
  };
  const askUnknown = async () => {
    times.unknown.push((await askThroughAuthJs(request, baseURL!, uniqueEmail("nobody"), clientAddress())).ms);
    await settle();
  };
  for (let index = 0; index < 20; index++) {
    // Taking turns at going first, so neither side always follows the other.
    if (index % 2 === 0) await askKnown(known[index].email).then(askUnknown);
    else await askUnknown().then(() => askKnown(known[index].email));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[10];
  console.log(
    `[sign-in timing] median of 20: known ${median(times.known).toFixed(1)} ms, unknown ${median(times.unknown).toFixed(1)} ms`,
  );
  expect(times.known).toHaveLength(20);
  expect(times.unknown).toHaveLength(20);
});

test("opening Auth.js's link callback signs nobody in and leaves the link unused", async ({
  page,
  request,
  baseURL,
  mail,
}) => {
  const person = await createPerson({ name: "Careful Carl", email: uniqueEmail("carl") });
  await askThroughAuthJs(request, baseURL!, person.email, clientAddress());
  const link = new URL(linkIn((await mail.waitForMail({ to: person.email, subject })).text, "/sign-in/confirm"));
  const callback = `/api/auth/callback/email?${link.searchParams}`;

  for (const method of ["get", "post"] as const) {
    const response = await request[method](`${baseURL}${callback}`, { headers: { origin: baseURL! }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`${baseURL}/sign-in/confirm?${link.searchParams}`);
    expect(response.headers()["set-cookie"] ?? "").not.toMatch(/session-token/);
  }
  expect(await db.verificationToken.count({ where: { identifier: person.email } })).toBe(1);

  await page.goto(callback);
  await expect(page).toHaveURL(/\/sign-in\/confirm\?/);
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Careful Carl" })).toBeVisible();
});
