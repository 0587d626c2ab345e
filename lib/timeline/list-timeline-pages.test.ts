import { expect, it } from "vitest";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { listTimeline } from "./list-timeline";
import { lanesPerPage } from "./page-lanes";
import { parseTimelineQuery } from "./timeline-query";

const now = new Date("2026-12-02T10:00:00Z");
const inDays = (days: number) => addDays(startOfUtcDay(now), days);
const actorOf = (person: { id: string; email: string; name: string; role: "viewer" | "editor" | "admin" }) => ({
  id: person.id,
  email: person.email,
  name: person.name,
  role: person.role,
});

it("pages owners most urgent first with the viewer's own lane ahead, counts them all, and finds one by the address", async () => {
  const owners = await Promise.all(
    Array.from({ length: lanesPerPage + 5 }, (_, n) => createPerson({ name: `Owner ${String(n).padStart(2, "0")}` })),
  );
  for (const [n, owner] of owners.entries())
    await createTokenRecord({ ownerId: owner.id, expiresOn: inDays(n === 7 ? 1 : 62 + (n % 18)) });
  // One owner's token has leaked: the most urgent lane.
  await createTokenRecord({ ownerId: owners[12].id, expiresOn: inDays(50), state: "compromised" });
  const me = await createPerson({ name: "Zed Viewer", role: "editor" });
  await createTokenRecord({ ownerId: me.id, expiresOn: inDays(60) });
  const viewer = actorOf(me);

  const first = await listTimeline(viewer, parseTimelineQuery({ group: "owner" }), now);
  const second = await listTimeline(viewer, parseTimelineQuery({ group: "owner", page: "2" }), now);
  expect([first.lanes.length, first.laneCount, first.pages, second.lanes.length, second.firstLane]).toEqual([
    lanesPerPage,
    owners.length + 1,
    2,
    6,
    lanesPerPage + 1,
  ]);
  // Own lane, then the leak, then the one expiring within days, then the rest by name.
  expect(first.lanes.slice(0, 4).map((lane) => lane.label)).toEqual(["Zed Viewer", "Owner 12", "Owner 07", "Owner 00"]);
  const all = [...first.lanes, ...second.lanes].map((lane) => lane.label);
  expect(new Set(all).size).toBe(owners.length + 1);
  expect(first.total).toBe(owners.length + 2);

  const found = await listTimeline(viewer, parseTimelineQuery({ group: "owner", owner: owners[3].id }), now);
  expect(found.lanes.map((lane) => [lane.label, lane.total])).toEqual([["Owner 03", 1]]);
  expect([found.pages, found.total]).toEqual([1, 1]);
});

it("puts the viewer's team first by team, and finds a team or the tokens of no team", async () => {
  const [mine, other] = [await createTeam("Zulu team"), await createTeam("Alpha team")];
  await createTokenRecord({ teamId: mine.id, expiresOn: inDays(30) });
  await createTokenRecord({ teamId: other.id, expiresOn: inDays(30) });
  await createTokenRecord({ teamId: null, expiresOn: inDays(31) });
  const viewer = actorOf(await createPerson({ role: "viewer", team: { connect: { id: mine.id } } }));

  // The file's first test left tokens of no team, one leaked: that lane outranks Alpha's.
  const all = await listTimeline(viewer, parseTimelineQuery({ group: "team" }), now);
  expect(all.lanes.map((lane) => lane.label)).toEqual(["Zulu team", "No team", "Alpha team"]);
  const found = await listTimeline(viewer, parseTimelineQuery({ group: "team", team: other.id }), now);
  expect(found.lanes.map((lane) => [lane.label, lane.total])).toEqual([["Alpha team", 1]]);
  const noTeam = await listTimeline(viewer, parseTimelineQuery({ group: "team", team: "none" }), now);
  expect(noTeam.lanes.map((lane) => lane.label)).toEqual(["No team"]);
  // An owner's id on the team view looks for nothing: every team shows.
  const mixed = await listTimeline(viewer, parseTimelineQuery({ group: "team", owner: viewer.id }), now);
  expect(mixed.laneCount).toBe(3);
});
