import { randomBytes } from "node:crypto";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { daysFromNow } from "@/testing/dates";
import { expect, test } from "./support/fixtures";
import { seriousAccessibilityIssues } from "./support/serious-accessibility-issues";
import { signInAs } from "./support/sign-in-as";

test("timeline markers carry their token's name where the lane has room, cut short before the next marker", async ({
  page,
}) => {
  const m = `t${randomBytes(4).toString("hex")}`;
  const team = await createTeam(`A labelled team ${m}`);
  const owner = await createPerson({ name: `Lea Label ${m}`, role: "editor" });
  // Two tokens a day apart (no room for a name), then one with the rest of the chart to itself.
  await createTokenRecord({ name: `Cramped one ${m}`, teamId: team.id, ownerId: owner.id, expiresOn: daysFromNow(20) });
  await createTokenRecord({
    name: `Cramped two with a long name ${m}`,
    teamId: team.id,
    ownerId: owner.id,
    expiresOn: daysFromNow(21),
  });
  await createTokenRecord({ name: `Roomy ${m}`, teamId: team.id, ownerId: owner.id, expiresOn: daysFromNow(40) });
  await signInAs(page.context(), await createPerson({ role: "viewer" }));

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/timeline?team=${team.id}`);
    const lane = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `A labelled team ${m}` }) });
    const marker = (name: string) => lane.getByRole("link", { name: new RegExp(`^${name} \\(HubSpot\\)\\.`) });
    const nameBeside = (name: string) => marker(name).locator("[data-marker-name]");

    // The name is drawn beside the marker, is not read out twice, and the marker keeps its full name.
    await expect(nameBeside(`Roomy ${m}`)).toBeVisible();
    await expect(nameBeside(`Roomy ${m}`)).toHaveText(`Roomy ${m}`);
    await expect(nameBeside(`Roomy ${m}`)).toHaveAttribute("aria-hidden", "true");
    const roomy = (await nameBeside(`Roomy ${m}`).boundingBox())!;
    const roomyMarker = (await marker(`Roomy ${m}`).boundingBox())!;
    expect(roomy.x).toBeGreaterThan(roomyMarker.x + roomyMarker.width - 1);
    // Fully shown (not cut) when the rest of the lane is free.
    expect(await nameBeside(`Roomy ${m}`).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

    // A day apart: no room, no name; the one before it stops short of the next marker.
    await expect(nameBeside(`Cramped one ${m}`)).toHaveCount(0);
    const two = nameBeside(`Cramped two with a long name ${m}`);
    if (await two.count()) {
      const box = (await two.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(roomyMarker.x);
    }
    expect(await seriousAccessibilityIssues(page)).toEqual([]);
    await page.screenshot({ path: `test-results/look-timeline-${width}.png`, fullPage: true });
  }
});
