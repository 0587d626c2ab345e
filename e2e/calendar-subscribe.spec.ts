import { readIcsEvents } from "@/lib/calendar/read-ics-events";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

const icsDate = (date: Date) => date.toISOString().slice(0, 10).replaceAll("-", "");

test("'Subscribe in your calendar' on the Calendar and Timeline pages gives the feed, which carries expiry and rotation dates", async ({
  page,
  request,
}) => {
  const m = Math.random().toString(36).slice(2, 7);
  const me = await createPerson({ role: "editor", name: `Cal Subscriber ${m}` });
  const token = await createTokenRecord({
    name: `Rotating ${m}`,
    ownerId: me.id,
    expiresOn: daysFromNow(200),
    lastRotatedOn: daysFromNow(-80),
    rotateEveryDays: 90,
  });
  await signInAs(page.context(), me);

  await page.goto("/calendar");
  await page.getByText("Subscribe in your calendar", { exact: true }).click();
  await page.getByRole("button", { name: "Create the address" }).first().click();
  const address = page.getByLabel("Your private calendar address");
  await expect(address).toHaveValue(/\/api\/calendar\/person\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await address.inputValue();
  await expect(page.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
    "href",
    url.replace(/^http:/, "webcal:"),
  );
  expect(await seriousAccessibilityIssues(page)).toEqual([]);

  const events = readIcsEvents(await (await request.get(url)).text());
  expect(events.map((event) => [event.UID, event.DTSTART, event.SUMMARY]).sort()).toEqual(
    [
      [`token-${token.id}-expiry@tokenbook`, icsDate(daysFromNow(200)), `Expires: Rotating ${m} (HubSpot)`],
      [`token-${token.id}-rotation@tokenbook`, icsDate(daysFromNow(10)), `Rotation due: Rotating ${m} (HubSpot)`],
    ].sort(),
  );

  await page.goto("/timeline");
  await page.getByText("Subscribe in your calendar", { exact: true }).click();
  await expect(page.getByLabel("Your private calendar address")).toHaveValue(url);
  expect(await seriousAccessibilityIssues(page)).toEqual([]);
});
