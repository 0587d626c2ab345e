import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createPerson } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { expect, test } from "./support/fixtures";

// Next itself answers an address that is not valid percent-encoding with a bare 500 (vercel/next.js#94278):
// the web server refuses it first, in words, as JSON for the API.
test("an address that is not valid percent-encoding gets a plain 400, JSON for the API", async ({ request }) => {
  for (const path of ["/api/v1/tokens/%E0%A4%A/signals", "/api/v1/tokens/%ZZ", "/api/v1/tokens/%C0%AF/revoked"]) {
    for (const method of ["get", "post"] as const) {
      const answer = await request[method](path, { headers: { Authorization: "Bearer tkb_x" }, maxRedirects: 0 });
      expect(answer.status(), `${method} ${path}`).toBe(400);
      expect(await answer.json()).toEqual({
        error: { code: "bad_request", message: expect.stringMatching(/^This address is not valid/), field: null },
      });
    }
  }
  const page = await request.get("/tokens/%E0%A4%A", { maxRedirects: 0 });
  expect(page.status()).toBe(400);
  expect(await page.text()).toMatch(/^This address is not valid: part of it is not properly encoded\./);
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a token id far too long for one is refused in words", async ({ request }) => {
  const keeper = await createPerson({ role: "editor" });
  const { key } = await createApiKey(keeper, {
    name: "uptime-kuma",
    scope: "report",
    expiresOn: isoDay(daysFromNow(30)),
    ownerId: keeper.id,
  });
  const answer = await request.post(`/api/v1/tokens/${"a".repeat(3000)}/signals`, {
    headers: { Authorization: `Bearer ${key}` },
    data: { kind: "failing" },
  });
  expect(answer.status()).toBe(422);
  expect(await answer.json()).toEqual({
    error: {
      code: "invalid",
      message: "That is not a token id. Copy the token's id from its address in Tokenbook (/tokens/…).",
      field: "id",
    },
  });
});
