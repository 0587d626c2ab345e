import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { getCalendarFeeds } from "./get-calendar-feeds";
import { readCalendarFeed } from "./read-calendar-feed";
import { readIcsEvents } from "./read-ics-events";
import { resetPersonCalendarKey, resetTeamCalendarKey } from "./reset-calendar-key";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const asActor = (person: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({
  id: person.id,
  email: person.email,
  name: person.name,
  role: person.role,
});

let me: Actor;
let team: { id: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  team = await createTeam();
  const person = await createPerson({ name: "Mira Mine", role: "editor", team: { connect: { id: team.id } } });
  me = asActor(person);
  const other = await createPerson({ role: "editor" });
  ids.owned = (
    await createTokenRecord({
      name: "Owned, with; commas",
      ownerId: me.id,
      expiresOn: day("2026-12-05"),
      dependents: ["Weekly report"],
    })
  ).id;
  ids.backedUp = (
    await createTokenRecord({
      name: "Backed up",
      ownerId: other.id,
      backupId: me.id,
      expiresOn: day("2027-01-10"),
      teamId: team.id,
    })
  ).id;
  ids.compromised = (
    await createTokenRecord({ name: "Compromised", ownerId: me.id, state: "compromised", expiresOn: day("2027-02-01") })
  ).id;
  await createTokenRecord({ name: "Never expires", ownerId: me.id, expiresOn: null });
  await createTokenRecord({ name: "Retired", ownerId: me.id, state: "retired", expiresOn: day("2026-12-24") });
  await createTokenRecord({ name: "Someone else's", ownerId: other.id, expiresOn: day("2026-12-06") });
});

describe("personal calendar feed", () => {
  it("lists, as all-day events with stable UIDs and the runbook link, exactly the expiries the person owns or backs up", async () => {
    const key = await resetPersonCalendarKey(me);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const events = readIcsEvents((await readCalendarFeed("person", key))!);
    expect(events.map((event) => event.UID).sort()).toEqual(
      [ids.owned, ids.backedUp, ids.compromised].map((id) => `token-${id}-expiry@tokenbook`).sort(),
    );
    const owned = events.find((event) => event.UID === `token-${ids.owned}-expiry@tokenbook`)!;
    expect(owned.DTSTART).toBe("20261205");
    expect(owned.DTEND).toBe("20261206");
    expect(owned.SUMMARY).toBe("Expires: Owned, with; commas (HubSpot)");
    expect(owned.URL).toMatch(new RegExp(`/tokens/${ids.owned}/runbook$`));
    expect(owned.DESCRIPTION).toContain("What stops working: Weekly report");
  });

  it("moves an event when the date changes, keeping its UID", async () => {
    const key = await resetPersonCalendarKey(me);
    await db.token.update({ where: { id: ids.owned }, data: { expiresOn: day("2026-12-19") } });
    const events = readIcsEvents((await readCalendarFeed("person", key))!);
    expect(
      events.filter((event) => event.UID === `token-${ids.owned}-expiry@tokenbook`).map((event) => event.DTSTART),
    ).toEqual(["20261219"]);
  });

  it("carries the rotation date of an active token as its own event, beside its expiry, and none for a compromised one", async () => {
    const key = await resetPersonCalendarKey(me);
    const policy = { lastRotatedOn: day("2026-09-01"), rotateEveryDays: 90 };
    const rotating = await createTokenRecord({
      name: "Rotated by policy",
      ownerId: me.id,
      expiresOn: day("2027-06-30"),
      dependents: ["Invoices"],
      ...policy,
    });
    const noExpiry = await createTokenRecord({
      name: "Rotates, never expires",
      ownerId: me.id,
      expiresOn: null,
      ...policy,
    });
    const leaked = await createTokenRecord({
      name: "Leaked, rotating",
      ownerId: me.id,
      state: "compromised",
      expiresOn: day("2027-03-01"),
      ...policy,
    });
    const events = readIcsEvents((await readCalendarFeed("person", key))!);
    const rotation = events.find((event) => event.UID === `token-${rotating.id}-rotation@tokenbook`)!;
    expect(rotation.DTSTART).toBe("20261130");
    expect(rotation.DTEND).toBe("20261201");
    expect(rotation.SUMMARY).toBe("Rotation due: Rotated by policy (HubSpot)");
    expect(rotation.DESCRIPTION).toContain("is due to be replaced today");
    expect(rotation.DESCRIPTION).toContain("What stops working: Invoices");
    expect(rotation.URL).toMatch(new RegExp(`/tokens/${rotating.id}/runbook$`));
    expect(events.find((event) => event.UID === `token-${rotating.id}-expiry@tokenbook`)?.DTSTART).toBe("20270630");
    expect(events.filter((event) => event.UID.startsWith(`token-${noExpiry.id}-`)).map((event) => event.UID)).toEqual([
      `token-${noExpiry.id}-rotation@tokenbook`,
    ]);
    expect(events.filter((event) => event.UID.startsWith(`token-${leaked.id}-`)).map((event) => event.UID)).toEqual([
      `token-${leaked.id}-expiry@tokenbook`,
    ]);
    await db.token.deleteMany({ where: { id: { in: [rotating.id, noExpiry.id, leaked.id] } } });
  });

  it("stops answering the old address after a reset, and audits the reset without the key", async () => {
    const old = await resetPersonCalendarKey(me);
    const fresh = await resetPersonCalendarKey(me);
    expect(await readCalendarFeed("person", old)).toBeNull();
    expect(await readCalendarFeed("person", fresh)).toContain("BEGIN:VCALENDAR");
    expect(await readCalendarFeed("team", fresh)).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "calendar.person_key_reset", recordId: me.id },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toEqual({ feed: "reset" });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(fresh);
    expect((await getCalendarFeeds(me)).personUrl).toMatch(new RegExp(`/api/calendar/person/${fresh}\\.ics$`));
  });

  it("answers nothing for a deactivated person or a malformed key", async () => {
    const leaver = await createPerson({ role: "editor" });
    const key = await resetPersonCalendarKey(asActor(leaver));
    await db.user.update({ where: { id: leaver.id }, data: { active: false } });
    expect(await readCalendarFeed("person", key)).toBeNull();
    expect(await readCalendarFeed("person", "short")).toBeNull();
  });
});

describe("team calendar feed", () => {
  it("is made by an admin only, lists the team's expiries, and refuses members and people from other teams", async () => {
    await expect(resetTeamCalendarKey(me, team.id)).rejects.toThrow(ForbiddenError);
    const viewerMember = asActor(await createPerson({ role: "viewer", team: { connect: { id: team.id } } }));
    await expect(resetTeamCalendarKey(viewerMember, team.id)).rejects.toThrow(ForbiddenError);
    const outsider = asActor(await createPerson({ role: "editor" }));
    await expect(resetTeamCalendarKey(outsider, team.id)).rejects.toThrow(ForbiddenError);
    const admin = asActor(await createPerson({ role: "admin" }));
    const key = await resetTeamCalendarKey(admin, team.id);
    const events = readIcsEvents((await readCalendarFeed("team", key))!);
    expect(events.map((event) => event.UID)).toEqual([`token-${ids.backedUp}-expiry@tokenbook`]);
    const fresh = await resetTeamCalendarKey(admin, team.id);
    expect(await readCalendarFeed("team", key)).toBeNull();
    expect((await getCalendarFeeds(me)).team).toMatchObject({
      canReset: false,
      url: expect.stringMatching(new RegExp(`/api/calendar/team/${fresh}\\.ics$`)),
    });
  });

  it("is served only while the team has an active member", async () => {
    const smallTeam = await createTeam();
    const last = await createPerson({ role: "viewer", team: { connect: { id: smallTeam.id } } });
    const key = await resetTeamCalendarKey(asActor(await createPerson({ role: "admin" })), smallTeam.id);
    expect(await readCalendarFeed("team", key)).toContain("BEGIN:VCALENDAR");
    await db.user.update({ where: { id: last.id }, data: { active: false } });
    expect(await readCalendarFeed("team", key)).toBeNull();
  });
});
