// Stored XSS: every free-text field of a token holds a hostile payload (saved through the real
// domain function), and the token page, the list and the CSV export show it as inert text.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import type { Actor } from "@/lib/auth/actor";
import { createToken } from "@/lib/tokens/save-token";
import { createActor } from "./support/actors";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in-as";
import { formulaPayloads, xssPayloads } from "./support/xss-payloads";
import { daysFromNow, isoDay } from "@/testing/dates";
import { withoutBidiControls } from "@/lib/text/fold-text";

const marker = `xss${Date.now().toString(36)}`;
let admin: Actor;
const tokenIds: string[] = [];
const payloads = [...xssPayloads, ...formulaPayloads];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  admin = await createActor("admin", `Admin ${marker}`);
  const backup = await createActor("editor", `<img src=x onerror=window.__xss=1> ${marker}`);
  for (const [index, payload] of payloads.entries()) {
    const token = await createToken(admin, {
      name: `${payload} ${marker}-${index}`,
      service: payload.length <= 80 ? payload : `Service ${index}`,
      purpose: payload,
      dependents: [payload],
      environment: "production",
      secretLocation: payload,
      scopes: payload,
      ownerId: admin.id,
      backupId: backup.id,
      expiresOn: isoDay(daysFromNow(60)),
      criticality: "high",
      consoleUrl: `https://console.example.com/keys?next=${payload}`,
      tags: ["xss"],
      notes: payload,
    });
    tokenIds.push(token.id);
  }
});

/** What a payload that ran, or an element it injected, would leave behind in the page. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll("*")];
    const attribute = (el: Element, name: string) =>
      el
        .getAttribute(name)
        ?.replace(/[\s\u0000-\u001f]/g, "")
        .toLowerCase() ?? "";
    return {
      ran: (window as unknown as { __xss?: unknown }).__xss ?? null,
      handlers: elements
        .filter((el) => [...el.attributes].some((a) => a.name.startsWith("on")))
        .map((el) => el.outerHTML.slice(0, 120)),
      // The framework adds the app's own chunks without a nonce when a part of the page loads on use
      // (CSP's strict-dynamic lets a trusted script do that); any other script needs one.
      scriptsWithoutNonce: [...document.scripts]
        .filter((script) => !script.nonce)
        .filter((script) => {
          const source = script.src ? new URL(script.src) : null;
          return source?.origin !== location.origin || !source.pathname.startsWith("/_next/static/chunks/");
        })
        .map((script) => script.outerHTML.slice(0, 120)),
      javascriptUrls: elements
        .filter((el) =>
          ["href", "src", "action", "formaction", "data", "srcdoc"].some(
            (name) => attribute(el, name).startsWith("javascript:") || (name === "srcdoc" && el.hasAttribute(name)),
          ),
        )
        .map((el) => el.outerHTML.slice(0, 120)),
      foreign: document.querySelectorAll(
        "main iframe, main object, main embed, main base, main meta, main video, main math, main marquee, main details[ontoggle], main input[autofocus]",
      ).length,
    };
  });
}

const clean = { ran: null, handlers: [], scriptsWithoutNonce: [], javascriptUrls: [], foreign: 0 };

for (const [index, payload] of payloads.entries()) {
  test(`payload ${index + 1} of ${payloads.length} in every free-text field renders inert on its token's page`, async ({
    page,
  }) => {
    page.on("dialog", (dialog) => {
      throw new Error(`A dialog opened: ${dialog.message()}`);
    });
    await signInAs(page.context(), admin);
    await page.goto(`/tokens/${tokenIds[index]}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${marker}-${index}`);
    expect(await page.getByRole("main").textContent(), "shown as text").toContain(payload.trim());
    expect(await injected(page), payload).toEqual(clean);
  });
}

test("the token list shows every payload as text, and its CSV export keeps them as text", async ({ page }) => {
  await signInAs(page.context(), admin);
  await page.goto(`/tokens?q=${marker}&size=100`);
  await expect(page.getByText(`of ${tokenIds.length}`).first()).toBeVisible();
  expect(await injected(page)).toEqual(clean);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download this list as CSV" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(await injected(page)).toEqual(clean);
  // As saved: typed text keeps no bidi override (U+202E), which would turn the words after it backwards.
  for (const payload of xssPayloads) expect(csv).toContain(withoutBidiControls(payload.trim()).replaceAll('"', '""'));
  for (const formula of formulaPayloads) expect(csv, formula).toContain(`'${formula.replaceAll('"', '""')}`);
});

test("the export answers as a download that a browser never renders as a page", async ({ page }) => {
  await signInAs(page.context(), admin);
  const response = await page.context().request.get(`/api/tokens/export?q=${marker}`);
  expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
