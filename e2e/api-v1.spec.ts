import type { APIRequestContext } from "@playwright/test";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { Actor } from "@/lib/auth/actor";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import { deactivatePerson } from "@/lib/people/set-person-active";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

const day = (days: number, from = new Date()) => addDays(startOfUtcDay(from), days).toISOString().slice(0, 10);
const unique = () => Math.random().toString(36).slice(2, 8);

async function keyFor(owner: Actor, scope: "read" | "write" | "report", name = `key-${unique()}`, now = new Date()) {
  return (await createApiKey(owner, { name, scope, expiresOn: day(30, now), ownerId: owner.id }, now)).key;
}

const as = (key: string, from = "198.51.100.23") => ({ Authorization: `Bearer ${key}`, "X-Forwarded-For": from });

/** Every refusal is plain JSON in the one shape, never an HTML page or a 500. */
async function expectError(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { error: { code: string; message: string; field: string | null } };
  expect(body).toEqual({ error: { code, message: expect.any(String), field: body.error.field } });
  expect(body.error.field === null || typeof body.error.field === "string").toBe(true);
  return body.error;
}

test("an editor makes a key on Profile, sees it once, uses it, and revokes it in one click", async ({
  page,
  request,
}) => {
  const editor = await createPerson({ role: "editor", name: `Finn Larsen ${unique()}` });
  const backup = await createPerson({ role: "editor", name: `Bea Backup ${unique()}` });
  const token = await createTokenRecord({ ownerId: editor.id });
  await signInAs(page.context(), editor);
  await page.goto("/profile");
  const form = page.getByRole("form", { name: "Make an API key" });
  await form.getByLabel("Name").fill("ci-deploy");
  await form.getByLabel("What it may do").selectOption("write");
  await form.getByLabel("Backup").selectOption({ label: `${backup.name} (${backup.email})` });
  await form.getByRole("button", { name: "Make key" }).click();
  await expect(page.getByText("“ci-deploy” is ready. Copy the key now")).toBeVisible();
  const key = await page.getByLabel("Your new key (shown only now)").inputValue();
  expect(key).toMatch(/^tkb_/);
  await page.screenshot({ path: "test-results/api-keys-profile.png", fullPage: true });

  const read = await request.get(`/api/v1/tokens/${token.id}`, { headers: as(key) });
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ id: token.id, owner: { id: editor.id } });

  await page.reload();
  const keys = page.getByRole("list", { name: "API keys" });
  await expect(keys.getByText(/Last used .* from 198\.51\.100\.23/)).toBeVisible();
  await expect(page.getByLabel("Your new key (shown only now)")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  await keys.getByRole("button", { name: "Revoke “ci-deploy”" }).click();
  await expect(keys.getByText(/Revoked \d/)).toBeVisible();
  await expectError(await request.get(`/api/v1/tokens/${token.id}`, { headers: as(key) }), 401, "unauthenticated");

  // The key is a token in the inventory, with the backup chosen; revoking the key revoked it.
  await keys.getByRole("link", { name: "Its token in the inventory" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ci-deploy");
  await expect(page.getByText("Tokenbook API · Production")).toBeVisible();
  await expect(page.getByText(backup.name, { exact: true })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "History" }).locator("..").getByText("Marked the token revoked"),
  ).toBeVisible();
});

test("a CI script with a write key marks a token rotated: new date, a finished run and the audit say which key of whom", async ({
  request,
  page,
}) => {
  const finn = await createPerson({ role: "editor", name: `Finn Larsen ${unique()}` });
  const backup = await createPerson({ role: "editor" });
  const token = await createTokenRecord({
    ownerId: finn.id,
    backupId: backup.id,
    expiresOn: new Date(`${day(5)}T00:00:00Z`),
  });
  const key = await keyFor(finn, "write", "ci-deploy");

  const response = await request.post(`/api/v1/tokens/${token.id}/rotated`, {
    headers: as(key),
    data: { newExpiresOn: day(200), signOffNote: "Deploy pipeline green with the new key" },
  });
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ expiresOn: day(200), lastRotatedOn: day(0), status: "healthy" });

  const run = await db.rotationRun.findFirstOrThrow({ where: { tokenId: token.id } });
  expect(run).toMatchObject({
    kind: "rotation",
    status: "completed",
    finishedById: finn.id,
    signOffNote: "Deploy pipeline green with the new key",
  });
  const audit = await db.auditEvent.findFirstOrThrow({
    where: { recordId: token.id, action: "token.rotated" },
    include: { apiKey: true, actor: true },
  });
  expect(audit).toMatchObject({ actorId: finn.id, ipAddress: "198.51.100.23", apiKey: { name: "ci-deploy" } });
  expect(audit.after).toMatchObject({ expiresOn: day(200), finishedBy: finn.name });

  await signInAs(page.context(), finn);
  await page.goto(`/tokens/${token.id}`);
  const history = page.getByRole("heading", { name: "History" }).locator("..");
  await expect(history.getByText(`API key “ci-deploy” of ${finn.name}`).first()).toBeVisible();
  await expect(history.getByText("Rotated the token: new dates saved")).toBeVisible();
});

test("scopes and ownership: a read key cannot write, a report key reports, an editor's key cannot change another editor's token", async ({
  request,
}) => {
  const finn = await createPerson({ role: "editor" });
  const other = await createPerson({ role: "editor" });
  const mine = await createTokenRecord({ ownerId: finn.id });
  const theirs = await createTokenRecord({ ownerId: other.id });
  const readKey = await keyFor(finn, "read");
  const writeKey = await keyFor(finn, "write");
  const reportKey = await keyFor(finn, "report");
  const rotation = { newExpiresOn: day(90), signOffNote: "Checked the dashboard" };

  await expectError(
    await request.post(`/api/v1/tokens/${mine.id}/rotated`, { headers: as(readKey), data: rotation }),
    403,
    "forbidden",
  );
  await expectError(
    await request.post(`/api/v1/tokens/${mine.id}/compromised`, { headers: as(writeKey), data: {} }),
    403,
    "forbidden",
  );
  await expectError(
    await request.post(`/api/v1/tokens/${theirs.id}/rotated`, { headers: as(writeKey), data: rotation }),
    403,
    "forbidden",
  );
  expect((await db.token.findUniqueOrThrow({ where: { id: theirs.id } })).lastRotatedOn).toBeNull();
  expect(await db.auditEvent.count({ where: { action: "authorization.refused", actorId: finn.id } })).toBe(3);

  const reported = await request.post(`/api/v1/tokens/${theirs.id}/compromised`, {
    headers: as(reportKey),
    data: { note: "Seen in a public log" },
  });
  expect(reported.status(), await reported.text()).toBe(200);
  expect(await reported.json()).toMatchObject({ state: "compromised", status: "compromised" });
  await expectError(
    await request.post(`/api/v1/tokens/${theirs.id}/compromised`, { headers: as(reportKey), data: {} }),
    409,
    "conflict",
  );
});

test("a key that is expired, revoked, mistyped, missing, or whose owner left gets 401 at once", async ({ request }) => {
  const admin = await createPerson({ role: "admin" });
  const leaver = await createPerson({ role: "editor" });
  const token = await createTokenRecord({ ownerId: admin.id });
  const expired = await keyFor(leaver, "read", "old", addDays(new Date(), -40));
  const leaversKey = await keyFor(leaver, "read");
  await expectError(await request.get(`/api/v1/tokens/${token.id}`, { headers: as(expired) }), 401, "unauthenticated");
  await expectError(
    await request.get(`/api/v1/tokens/${token.id}`, { headers: as(`${leaversKey}x`) }),
    401,
    "unauthenticated",
  );
  await expectError(await request.get(`/api/v1/tokens/${token.id}`), 401, "unauthenticated");
  await expectError(
    await request.get(`/api/v1/tokens/${token.id}`, { headers: { Authorization: "Basic dXNlcjpwYXNz" } }),
    401,
    "unauthenticated",
  );
  expect((await request.get(`/api/v1/tokens/${token.id}`, { headers: as(leaversKey) })).status()).toBe(200);
  const adminActor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  await db.$transaction(async (tx) =>
    deactivatePerson(tx, adminActor, await tx.user.findUniqueOrThrow({ where: { id: leaver.id } }), new Date()),
  );
  await expectError(
    await request.get(`/api/v1/tokens/${token.id}`, { headers: as(leaversKey) }),
    401,
    "unauthenticated",
  );
});

test("update carries the form's version check; a pasted key is refused by the secret guard", async ({ request }) => {
  const finn = await createPerson({ role: "editor" });
  const token = await createTokenRecord({ ownerId: finn.id, expiresOn: new Date(`${day(60)}T00:00:00Z`) });
  const key = await keyFor(finn, "write");
  const read = await (await request.get(`/api/v1/tokens/${token.id}`, { headers: as(key) })).json();
  const body = {
    name: read.name,
    service: read.service,
    purpose: read.purpose,
    environment: read.environment,
    secretLocation: read.secretLocation,
    ownerId: read.owner.id,
    backupId: "none",
    criticality: "high",
    expiresOn: read.expiresOn,
    version: read.version,
  };
  const saved = await request.put(`/api/v1/tokens/${token.id}`, { headers: as(key), data: body });
  expect(saved.status(), await saved.text()).toBe(200);
  expect(await saved.json()).toMatchObject({ criticality: "high" });

  const stale = await expectError(
    await request.put(`/api/v1/tokens/${token.id}`, { headers: as(key), data: { ...body, criticality: "low" } }),
    409,
    "conflict",
  );
  expect(stale.message).toContain("after you opened this form");
  const noVersion = { ...body, version: undefined };
  await expectError(
    await request.put(`/api/v1/tokens/${token.id}`, { headers: as(key), data: noVersion }),
    422,
    "invalid",
  );
  const fresh = (await (await request.get(`/api/v1/tokens/${token.id}`, { headers: as(key) })).json()).version;
  const secret = await expectError(
    await request.put(`/api/v1/tokens/${token.id}`, {
      headers: as(key),
      data: { ...body, version: fresh, notes: `old key ${key}` },
    }),
    422,
    "invalid",
  );
  expect(secret).toMatchObject({ field: "notes", message: expect.stringContaining("a Tokenbook API key") });
  expect((await db.token.findUniqueOrThrow({ where: { id: token.id } })).notes).toBeNull();
});

test("hostile requests get plain JSON errors, never a 500", async ({ request }) => {
  const finn = await createPerson({ role: "editor" });
  const token = await createTokenRecord({ ownerId: finn.id });
  const key = await keyFor(finn, "write");
  const rotated = `/api/v1/tokens/${token.id}/rotated`;
  await expectError(
    await request.post(rotated, {
      headers: { ...as(key), "Content-Type": "application/json" },
      data: Buffer.from("{not json"),
    }),
    400,
    "bad_json",
  );
  await expectError(
    await request.post(rotated, {
      headers: { ...as(key), "Content-Type": "application/json" },
      data: Buffer.from('"just a string"'),
    }),
    422,
    "invalid",
  );
  await expectError(await request.post(rotated, { headers: as(key) }), 400, "bad_json");
  await expectError(await request.post(rotated, { headers: as(key), data: [1, 2] }), 422, "invalid");
  await expectError(
    await request.post(rotated, { headers: as(key), data: { newExpiresOn: 20270101, signOffNote: ["x"] } }),
    422,
    "invalid",
  );
  await expectError(
    await request.post(rotated, { headers: as(key), data: { newExpiresOn: "2027-02-30", signOffNote: "ok" } }),
    422,
    "invalid",
  );
  await expectError(
    await request.post(rotated, { headers: as(key), data: { signOffNote: "x".repeat(2 * 1024 * 1024) } }),
    413,
    "too_large",
  );
  await expectError(
    await request.put(`/api/v1/tokens/${token.id}`, { headers: as(key), data: { name: { $gt: "" }, version: 7 } }),
    422,
    "invalid",
  );
  await expectError(await request.get(`/api/v1/tokens/${"x".repeat(500)}`, { headers: as(key) }), 422, "invalid");
  await expectError(await request.get("/api/v1/tokens/no-such-token", { headers: as(key) }), 404, "not_found");
  await expectError(await request.get("/api/v1/tokens?limit=0", { headers: as(key) }), 422, "invalid");
  await expectError(await request.get("/api/v1/tokens?limit=ten", { headers: as(key) }), 422, "invalid");
  expect(
    (await request.get("/api/v1/tokens?status=nonsense&expiresFrom=yesterday&limit=1", { headers: as(key) })).status(),
  ).toBe(200);
  expect(await db.rotationRun.count({ where: { tokenId: token.id } })).toBe(0);
});

test("the list takes the list page's filters and pages by key without skipping or repeating", async ({ request }) => {
  const finn = await createPerson({ role: "editor" });
  const service = `Svc${unique()}`;
  const made = await Promise.all(
    Array.from({ length: 7 }, (_, index) => createTokenRecord({ ownerId: finn.id, service, name: `Report ${index}` })),
  );
  await createTokenRecord({ ownerId: finn.id, service, name: "Old one", state: "retired" });
  const key = await keyFor(finn, "read");
  const seen: string[] = [];
  let after: string | null = "";
  while (after !== null) {
    const response = await request.get(`/api/v1/tokens?service=${service}&limit=3${after ? `&after=${after}` : ""}`, {
      headers: as(key),
    });
    expect(response.status()).toBe(200);
    const page: { tokens: { id: string }[]; next: string | null } = await response.json();
    seen.push(...page.tokens.map((t) => t.id));
    after = page.next;
  }
  expect(seen.sort()).toEqual(made.map((t) => t.id).sort());
});

test("each key has its own rate limit: over it, 429 with Retry-After, other keys unaffected", async ({ request }) => {
  const finn = await createPerson({ role: "editor" });
  const token = await createTokenRecord({ ownerId: finn.id });
  const busy = await keyFor(finn, "read");
  const calm = await keyFor(finn, "read");
  const statuses: number[] = [];
  for (let round = 0; round < 13 && !statuses.includes(429); round++) {
    const batch = await Promise.all(
      Array.from({ length: 10 }, () => request.get(`/api/v1/tokens/${token.id}`, { headers: as(busy) })),
    );
    statuses.push(...batch.map((response) => response.status()));
  }
  expect(statuses.filter((status) => status === 200)).toHaveLength(120);
  const limited = await request.get(`/api/v1/tokens/${token.id}`, { headers: as(busy) });
  await expectError(limited, 429, "rate_limited");
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await request.get(`/api/v1/tokens/${token.id}`, { headers: as(calm) })).status()).toBe(200);
});

test("the hand-over page lists the keys of someone leaving: which automations get 401 once they are deactivated", async ({
  page,
  request,
}) => {
  const admin = await createPerson({ role: "admin" });
  const leaver = await createPerson({ role: "editor", name: `Lea Leaving ${unique()}` });
  const key = await keyFor(leaver, "report", "uptime-monitor");
  await request.get("/api/v1/tokens?limit=1", { headers: as(key, "192.0.2.44") });
  await signInAs(page.context(), admin);
  await page.goto(`/ownership/hand-over/${leaver.id}`);
  const keys = page.getByRole("list", { name: `API keys of ${leaver.name}` });
  await expect(page.getByText(`When ${leaver.name} is deactivated, these API keys stop working at once`)).toBeVisible();
  await expect(keys.getByText(/“uptime-monitor” \(Report incidents\) — last used .* from 192\.0\.2\.44/)).toBeVisible();

  const adminActor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  await db.$transaction(async (tx) =>
    deactivatePerson(tx, adminActor, await tx.user.findUniqueOrThrow({ where: { id: leaver.id } }), new Date()),
  );
  await page.reload();
  await expect(page.getByText(`These API keys stopped working when ${leaver.name} was deactivated`)).toBeVisible();
  await expectError(await request.get("/api/v1/tokens?limit=1", { headers: as(key) }), 401, "unauthenticated");
});
