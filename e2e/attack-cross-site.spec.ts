// Cross-site requests: every mutating route handler and a real server action refuse a request whose
// Origin is missing, "null" or another site's; and the middleware-bypass header opens nothing.
import { db } from "@/lib/db";
import { isMutating, routeHandlers } from "@/testing/security/entry-points";
import { createTokenRecord } from "@/prisma/factories";
import { createActor } from "./support/actors";
import { expect, test } from "./support/fixtures";
import { sessionCookie } from "./support/session-cookie";
import { signInAs } from "./support/sign-in-as";

const foreignOrigins = { missing: undefined, null: "null", "another site": "https://evil.example" };
const sample = (route: string) => route.replace(/\[\.\.\.\w+\]/g, "signout").replace(/\[\w+\]/g, "x");

// The JSON API takes an API key and never the session cookie, so a cross-site request has nothing to
// ride on: even with a signed-in admin's cookie it is refused as unauthenticated.
const keyOnly = (route: string) => route.startsWith("/api/v1/");

for (const { method, route } of routeHandlers().filter((handler) => isMutating(handler.method))) {
  for (const [label, origin] of Object.entries(foreignOrigins)) {
    test(`${method} ${route} with a ${label} Origin is refused`, async ({ request }) => {
      const cookie = keyOnly(route) ? await sessionCookie(await createActor("admin")) : undefined;
      const response = await request.fetch(sample(route), {
        method,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          ...(origin ? { origin } : {}),
          ...(cookie ? { cookie } : {}),
        },
        data: "token=abc&email=sam%40example.test",
        maxRedirects: 0,
      });
      expect(response.status()).toBe(keyOnly(route) ? 401 : 403);
    });
  }
}

test("a server action replayed with Origin null or another site's does nothing; the same request from the app's own origin works", async ({
  page,
  request,
  baseURL,
}) => {
  const admin = await createActor("admin");
  await signInAs(page.context(), admin);
  await page.goto("/teams");
  const marker = `Xs${Date.now().toString(36)}`;
  const sent = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  const form = page.getByRole("form", { name: "Add a team" });
  await form.getByLabel("New team's name").fill(`${marker} Legit`);
  await form.getByRole("button").click();
  const action = await sent;
  await expect(page.getByText(`${marker} Legit`).first()).toBeVisible();

  const cookie = await sessionCookie(admin);
  const replay = (name: string, origin: string) =>
    request.post(action.url(), {
      headers: {
        "next-action": action.headers()["next-action"],
        "content-type": action.headers()["content-type"],
        cookie,
        origin,
      },
      data: Buffer.from(action.postDataBuffer()!.toString("latin1").replace(`${marker} Legit`, name), "latin1"),
      maxRedirects: 0,
    });
  for (const [label, origin] of [
    ["null", "null"],
    ["another site", "https://evil.example"],
  ]) {
    const response = await replay(`${marker} Forged ${label}`, origin);
    expect(response.status(), `Origin ${origin}`).not.toBe(200);
    expect(await db.team.count({ where: { name: `${marker} Forged ${label}` } }), `Origin ${origin}`).toBe(0);
  }
  const control = await replay(`${marker} Control`, new URL(baseURL!).origin);
  expect(control.status()).toBe(200);
  expect(await db.team.count({ where: { name: `${marker} Control` } })).toBe(1);
});

const bypassHeaders = ["middleware", "proxy", "src/middleware", "src/proxy"].map((name) =>
  Array(5).fill(name).join(":"),
);

for (const value of bypassHeaders) {
  test(`x-middleware-subrequest: ${value} opens no protected data to a stranger`, async ({ request }) => {
    const marker = `Bypass${Date.now().toString(36)}`;
    const owner = await createActor("editor", `Owner ${marker}`);
    await createTokenRecord({ name: `Token ${marker}`, ownerId: owner.id });
    const headers = { "x-middleware-subrequest": value };
    for (const path of [
      "/api/audit/export",
      "/api/tokens/export",
      "/api/tokens/import-template",
      `/api/who-owns?q=${marker}`,
    ]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), path).toBe(401);
      expect((await response.text()).includes(marker), path).toBe(false);
    }
    // Pages with a loading state have answered 200 before they redirect, so what counts is what they show.
    for (const path of ["/people", "/tokens", "/audit", "/outbox", "/teams", "/my-tokens", "/ownership"]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect((await response.text()).includes(marker), path).toBe(false);
      expect(response.status() === 200 ? "" : response.headers().location, path).toMatch(/^$|\/sign-in/);
    }
  });
}
