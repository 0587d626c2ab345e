import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { as, day, expectError, keyFor, unique } from "./support/api-v1";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";

// What a key does to tokens: rotate, report, update and list, within its scope and its owner's rights.

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
