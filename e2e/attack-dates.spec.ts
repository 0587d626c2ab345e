// Every date an address can carry — years 0000, 0001, 9999, 10000, garbage — gets a page, never a server error.
import { pageRoutes } from "@/testing/security/page-routes";
import { seededRandom } from "@/testing/security/fuzz-values";
import { createActor } from "./support/actors";
import { expect, test } from "./support/fixtures";
import { sessionCookie } from "./support/session-cookie";

const dateParameters: Record<string, string[]> = {
  "/audit": ["from", "to"],
  "/tokens": ["expiresFrom", "expiresTo"],
  "/calendar": ["month", "day"],
  "/api/audit/export": ["from", "to"],
  "/api/tokens/export": ["expiresFrom", "expiresTo"],
};
const random = seededRandom(1515);
const dates = [
  ...["0000", "0001", "1969", "2200", "9999", "10000", "99999", "+02026", "-0001"].flatMap((year) => [
    `${year}-01-01`,
    `${year}-12-31`,
    `${year}-01`,
  ]),
  ...["garbage", "2026-02-30", "2026-13-01", "2026-00-00", "%00", "2026-01-01T00:00:00Z", "1e308", "-1"],
  ...Array.from(
    { length: 12 },
    () => `${Math.floor(random() * 20_000)}-${Math.floor(random() * 14)}-${Math.floor(random() * 33)}`,
  ),
];

for (const [path, names] of Object.entries(dateParameters)) {
  test(`every query-string date on ${path} answers without a server error`, async ({ request }) => {
    test.setTimeout(240_000);
    const cookie = await sessionCookie(await createActor("admin"));
    const failures: string[] = [];
    for (const date of dates) {
      for (const name of names) {
        const address = `${path}?${name}=${encodeURIComponent(date)}`;
        const response = await request.get(address, { headers: { cookie }, maxRedirects: 0, failOnStatusCode: false });
        const body = await response.text();
        if (response.status() >= 500 || /couldn.t load|Internal Server Error/i.test(body))
          failures.push(`${response.status()} ${address}`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test("the pages with date filters are still pages", () => {
  expect(pageRoutes()).toEqual(expect.arrayContaining(["/audit", "/tokens", "/calendar"]));
});
