import { expect, it } from "vitest";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { lanesPerPage, listTimeline } from "./list-timeline";
import { parseTimelineQuery } from "./timeline-query";

const now = new Date("2026-12-02T10:00:00Z");

it("shows 25 owners a page, in name order, and every owner on exactly one page", async () => {
  const owners = await Promise.all(
    Array.from({ length: lanesPerPage + 5 }, (_, n) => createPerson({ name: `Owner ${String(n).padStart(2, "0")}` })),
  );
  for (const [n, owner] of owners.entries())
    await createTokenRecord({ ownerId: owner.id, expiresOn: addDays(startOfUtcDay(now), 10 + (n % 20)) });
  const viewer = await createPerson({ role: "viewer" });
  const actor = { id: viewer.id, email: viewer.email, name: viewer.name, role: viewer.role };

  const first = await listTimeline(actor, parseTimelineQuery({ group: "owner" }), now);
  const second = await listTimeline(actor, parseTimelineQuery({ group: "owner", page: "2" }), now);
  const beyond = await listTimeline(actor, parseTimelineQuery({ group: "owner", page: "9" }), now);

  expect([first.lanes.length, first.laneCount, first.pages, first.firstLane]).toEqual([25, 30, 2, 1]);
  expect([second.lanes.length, second.page, second.firstLane]).toEqual([5, 2, 26]);
  expect(beyond.page).toBe(2);
  expect([...first.lanes, ...second.lanes].map((lane) => lane.label)).toEqual(owners.map((owner) => owner.name));
  // The count covers every lane, not just the page's.
  expect(first.total).toBe(30);
});
