import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { as, expectError, keyFor } from "./support/api-v1";
import { expect, test } from "./support/fixtures";

// Requests meant to break the API: malformed bodies, odd addresses, and more calls than a key may make.

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
