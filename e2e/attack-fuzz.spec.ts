// Fuzzed query parameters and ids on every page: never a server error, never a stack trace.
import type { APIRequestContext } from "@playwright/test";
import { apiRoutes, pageRoutes } from "@/testing/security/page-routes";
import { fixedStrings, seededRandom } from "@/testing/security/fuzz-values";
import { createTokenRecord } from "@/prisma/factories";
import { createActor } from "./support/actors";
import { as, keyFor } from "./support/api-v1";
import { expect, test } from "./support/fixtures";
import { sessionCookie } from "./support/session-cookie";

/** The token list's search and filters, read by the page, its exports and the JSON API alike. */
const tokenFilters = ["q", "status", "team", "owner", "service", "environment", "criticality", "tag"];

/** The query parameters each page reads; every page also gets the generic hostile ones. */
const pageParameters: Record<string, string[]> = {
  "/tokens": [...tokenFilters, "sort", "dir", "page", "size"],
  "/audit": ["person", "action", "recordType", "recordId", "from", "to", "cursor", "before", "page"],
  "/outbox": ["status", "cursor"],
  "/timeline": ["weeks", "group", "team", "owner", "from"],
  "/calendar": ["month", "year", "team"],
  "/tokens/[id]": ["saved"],
  "/tokens/[id]/runbook": ["saved"],
  "/tokens/[id]/runbook/emergency": ["reported"],
  "/sign-in": ["error", "callbackUrl", "email"],
  "/sign-in/confirm": ["token", "email", "callbackUrl"],
  "/setup": ["token"],
};
const generic = ["__proto__[polluted]", "constructor[prototype][polluted]", "page", "size", "sort"];
const dynamicIds = [
  "%00",
  "x%00y",
  "..%2F..%2Fetc%2Fpasswd",
  "%2E%2E",
  "%E0%A4%A",
  "%ED%A0%80",
  "' OR '1'='1",
  "__proto__",
  "constructor",
  "-1",
  "9".repeat(400),
  "x".repeat(5000),
  "%F0%9F%92%A9",
];

const encoded = (value: string) => encodeURIComponent(value.toWellFormed()).slice(0, 6000);
const random = seededRandom(27);
const values = [
  ...fixedStrings.map(encoded),
  "-1",
  "9999",
  "__proto__",
  "%00",
  "%",
  "a&b=c",
  "%2500",
  "%ED%A0%80",
].filter((value, index, all) => all.indexOf(value) === index);

/** Names every object inherits: a value used to look up a message or label must not reach them. Always tried. */
const inheritedNames = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

/** Real records for the dynamic segments, so a page reads its parameters instead of answering "not found". */
const realIds: Record<string, string> = {};

const dynamicSegment = /\[(?:\.\.\.)?\w+\]/;
const everyDynamicSegment = new RegExp(dynamicSegment, "g");

/** `share`: the part of the hostile values tried in every parameter at once (each page tries a random half). */
function addresses(route: string, names = [...(pageParameters[route] ?? []), ...generic], share = 0.5): string[] {
  const path = route.replace(everyDynamicSegment, (segment) => realIds[segment] ?? "cmfuzzfuzzfuzzfuzzfuzz0001");
  const each = values.map((value) => `${path}?${names.map((name) => `${name}=${value}`).join("&")}`);
  const inherited = inheritedNames.map((value) => `${path}?${names.map((name) => `${name}=${value}`).join("&")}`);
  const arrays = names.map((name) => `${path}?${name}=a&${name}=b&${name}[]=c&${name}[x]=d`);
  const dynamic = dynamicSegment.test(route)
    ? dynamicIds.map((id) => route.replace(dynamicSegment, id).replace(everyDynamicSegment, "x"))
    : [];
  const picked = each.filter(() => random() < share);
  return [...picked, ...inherited, ...arrays, ...dynamic];
}

const stackTrace = /\bat [\w.<>]+ \(|node_modules\/|webpack-internal|\.next\/server|Error: [A-Z]\w+Error|PrismaClient/;

async function check(
  request: APIRequestContext,
  address: string,
  cookie?: string,
  headers: Record<string, string> = {},
) {
  const response = await request.get(address, {
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await response.text();
  return response.status() >= 500 || stackTrace.test(body)
    ? `${response.status()} ${address.slice(0, 160)}${stackTrace.test(body) ? " (stack trace in body)" : ""}`
    : null;
}

let adminCookie: string;
let adminKey: Record<string, string>;
test.beforeAll(async () => {
  const admin = await createActor("admin");
  adminCookie = await sessionCookie(admin);
  adminKey = as(await keyFor(admin, "read"));
  realIds["[id]"] = (await createTokenRecord({ name: `Fuzzed token ${admin.id}` })).id;
  realIds["[personId]"] = admin.id;
});

for (const route of pageRoutes()) {
  test(`${route} answers fuzzed parameters without a server error`, async ({ request }) => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    for (const address of addresses(route)) {
      const failure = await check(request, address, adminCookie);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  });
}

// What the JSON and file routes read (search, filters, paging, dates); each also gets the generic ones.
const apiParameters = [...tokenFilters, "limit", "cursor"];

test("every API route answers fuzzed parameters and ids without a server error, with a session and with a key", async ({
  request,
}) => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  for (const route of apiRoutes()) {
    const names = [...apiParameters, "from", "to", "expiresFrom", "expiresTo", ...generic];
    for (const address of addresses(route, names, 1)) {
      for (const failure of [
        await check(request, address, adminCookie),
        route.startsWith("/api/v1/") ? await check(request, address, undefined, adminKey) : null,
      ])
        if (failure) failures.push(failure);
    }
  }
  expect(failures).toEqual([]);
});

test("anonymous visitors get no server error from fuzzed addresses either", async ({ request }) => {
  const failures: string[] = [];
  for (const address of [
    "/tokens/%00",
    "/tokens?page=-1&size=9999&sort=__proto__",
    "/audit?from=%00",
    "/outbox?status=%00&cursor=%00",
    "/sign-in?callbackUrl=javascript:alert(1)",
    "/sign-in/confirm?token=%00&email=%00",
    "/setup?token=%00",
  ]) {
    const failure = await check(request, address);
    if (failure) failures.push(failure);
  }
  expect(failures).toEqual([]);
});
