// Every page, as every kind of person who can open it, checked with axe (WCAG 2.0 A/AA and 2.1 AA):
// no serious or critical problems. Pages are found in app/ at run time, so a new page without an
// entry below fails here until it is added.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Actor } from "@/lib/auth/actor";
import { pageRoutes } from "@/testing/security/page-routes";
import { createTokenRecord } from "@/prisma/factories";
import { createActor } from "./support/actors";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";
import { daysFromNow, isoDay } from "@/testing/dates";

type Who = "anonymous" | "viewer" | "editor" | "admin";
type Fixture = { tokenId: string; personId: string };
const signedIn: Who[] = ["viewer", "editor", "admin"];

/** Who visits each page, and at which address. Routes not (yet) in app/ are skipped. */
const visits: Record<string, { who: Who[]; path?: (f: Fixture) => string }> = {
  "/": { who: ["anonymous", ...signedIn] },
  "/sign-in": { who: ["anonymous"] },
  "/sign-in/confirm": { who: ["anonymous"], path: () => "/sign-in/confirm?token=x&email=y" },
  "/setup": { who: ["anonymous"] },
  "/tokens": { who: signedIn },
  "/tokens/[id]": { who: signedIn, path: (f) => `/tokens/${f.tokenId}` },
  // The editor owns the token: the edit form as its owner sees it.
  "/tokens/[id]/edit": { who: ["editor", "admin"], path: (f) => `/tokens/${f.tokenId}/edit` },
  "/tokens/[id]/runbook": { who: signedIn, path: (f) => `/tokens/${f.tokenId}/runbook` },
  "/tokens/[id]/runbook/edit": { who: signedIn, path: (f) => `/tokens/${f.tokenId}/runbook/edit` },
  "/tokens/[id]/runbook/run": { who: signedIn, path: (f) => `/tokens/${f.tokenId}/runbook/run` },
  "/tokens/[id]/runbook/emergency": { who: signedIn, path: (f) => `/tokens/${f.tokenId}/runbook/emergency` },
  "/tokens/new": { who: signedIn },
  "/tokens/import": { who: signedIn },
  "/people": { who: signedIn },
  "/teams": { who: signedIn },
  "/outbox": { who: signedIn },
  "/audit": { who: signedIn },
  "/profile": { who: signedIn },
  "/ownership": { who: signedIn },
  "/ownership/hand-over/[personId]": { who: signedIn, path: (f) => `/ownership/hand-over/${f.personId}` },
  "/my-tokens": { who: signedIn },
  "/timeline": { who: signedIn },
  "/calendar": { who: signedIn },
  "/settings": { who: signedIn },
  "/api-docs": { who: signedIn },
  "/im-on-it": { who: ["anonymous"], path: () => `/im-on-it?token=x&due=${isoDay(daysFromNow(7))}&person=y&sig=z` },
};

const routes = pageRoutes();

test("every page in app/ is in the accessibility sweep", () => {
  const missing = routes.filter((route) => !(route in visits));
  expect(missing, `Add these pages to "visits" in e2e/accessibility.spec.ts: ${missing.join(", ")}`).toEqual([]);
});

let fixture: Fixture;
const actors: Partial<Record<Who, Actor>> = {};

test.beforeAll(async () => {
  for (const who of signedIn)
    actors[who as Exclude<Who, "anonymous">] = await createActor(who as "viewer", `A11y ${who}`);
  const backup = await createActor("editor", "A11y backup");
  const token = await createTokenRecord({
    name: `A11y token ${Date.now()}`,
    ownerId: actors.editor!.id,
    backupId: backup.id,
    dependents: ["Weekly report"],
  });
  fixture = { tokenId: token.id, personId: backup.id };
});

/** Axe's findings once the page has loaded; a page that moves on by itself (a redirect) is checked where it lands. */
async function seriousViolations(page: Page) {
  const analyze = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const { violations } = await analyze().catch(async (error: Error) => {
    if (!/context was destroyed/.test(error.message)) throw error;
    await page.waitForLoadState("load");
    return analyze();
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} — ${violation.help} (${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join("; ")})`,
    );
}

for (const who of ["anonymous", ...signedIn] as Who[]) {
  test.describe(`as ${who}`, () => {
    for (const route of routes.filter((r) => visits[r]?.who.includes(who))) {
      test(`${route} has no serious accessibility problems`, async ({ page }) => {
        if (who !== "anonymous") await signInAs(page.context(), actors[who]!);
        const address = visits[route].path?.(fixture) ?? route;
        const response = await page.goto(address);
        expect(response?.status(), `${address} as ${who}`).toBeLessThan(500);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test("a viewer finds a token's owner with the keyboard alone: home search → results → token", async ({ page }) => {
  const marker = `kb${Date.now().toString(36)}`;
  const owner = await createActor("editor", `Keyboard Owner ${marker}`);
  await createTokenRecord({ name: `Zendesk ${marker} sync`, service: "Zendesk", ownerId: owner.id });
  await signInAs(page.context(), actors.viewer!);
  await page.goto("/");

  // The one search on every page: the header's "Who owns…?".
  const search = page.getByRole("combobox", { name: /Who owns/ });
  for (let tab = 0; tab < 30 && !(await search.evaluate((box) => box === document.activeElement)); tab++)
    await page.keyboard.press("Tab");
  await expect(search).toBeFocused();
  await page.keyboard.type(`Zendesk ${marker}`);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/tokens\?q=/);
  const row = page.getByRole("row").filter({ hasText: `Zendesk ${marker} sync` });
  await expect(row).toContainText(`Keyboard Owner ${marker}`);
  const link = row.getByRole("link", { name: `Zendesk ${marker} sync` });
  for (let tab = 0; tab < 60 && !(await link.evaluate((a) => a === document.activeElement)); tab++)
    await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Zendesk ${marker} sync`);
  await expect(page.getByRole("main")).toContainText(`Keyboard Owner ${marker}`);
});
