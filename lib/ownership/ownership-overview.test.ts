import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { findWhoOwns } from "./find-who-owns";
import { listMyTokens } from "./list-my-tokens";
import { getOwnershipOverview } from "./ownership-overview";

const now = new Date("2026-12-05T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let admin: Actor;

beforeAll(async () => {
  admin = await createPerson({ role: "admin" });
});

describe("the ownership overview", () => {
  it("counts tokens without a backup, with a deactivated person, and each person's load with critical ones apart", async () => {
    const busy = await createPerson({ role: "editor", name: "Busy Bee" });
    const calm = await createPerson({ role: "editor", name: "Calm Cat" });
    const gone = await createPerson({ role: "editor", active: false });
    const before = await getOwnershipOverview(admin, { now });
    const count = (o: typeof before, s: string) => o.sections.find((x) => x.section === s)!.count;

    const noBackup = await createTokenRecord({ ownerId: busy.id, criticality: "critical" });
    await createTokenRecord({ ownerId: busy.id, backupId: calm.id, criticality: "critical" });
    await createTokenRecord({ ownerId: busy.id, backupId: calm.id });
    await createTokenRecord({ ownerId: calm.id, backupId: busy.id });
    const goneOwner = await createTokenRecord({ ownerId: gone.id, backupId: calm.id });
    await createTokenRecord({ ownerId: busy.id, state: "retired" });

    const after = await getOwnershipOverview(admin, { now });
    expect(count(after, "noBackup") - count(before, "noBackup")).toBe(1);
    expect(count(after, "personDeactivated") - count(before, "personDeactivated")).toBe(1);
    const tokensOf = (s: string) => after.sections.find((x) => x.section === s)!.tokens.map((t) => t.id);
    expect(tokensOf("noBackup")).toContain(noBackup.id);
    expect(tokensOf("personDeactivated")).toContain(goneOwner.id);

    const load = (id: string) => after.load.find((row) => row.id === id);
    expect(load(busy.id)).toMatchObject({ owned: 3, backedUp: 1, critical: 2, total: 4 });
    expect(load(calm.id)).toMatchObject({ owned: 1, backedUp: 3, critical: 1, total: 4 });
    expect(load(busy.id)!.critical).toBeGreaterThan(load(calm.id)!.critical);
    expect(load(gone.id)).toMatchObject({ owned: 1, total: 1, active: false });
    const order = after.load.map((row) => row.id);
    expect(order.indexOf(busy.id)).toBeLessThan(order.indexOf(calm.id));
  });

  it("narrows the lists to a service or name, and shows the most critical first", async () => {
    const service = `Narrow${Math.random().toString(36).slice(2, 7)}`;
    const low = await createTokenRecord({ service, criticality: "low" });
    const critical = await createTokenRecord({ service, criticality: "critical" });
    await createTokenRecord();
    const { sections } = await getOwnershipOverview(admin, { q: service.toLowerCase(), now });
    const noBackup = sections.find((s) => s.section === "noBackup")!;
    expect(noBackup.count).toBe(2);
    expect(noBackup.tokens.map((t) => t.id)).toEqual([critical.id, low.id]);
  });

  it("is for admins only", async () => {
    await expect(getOwnershipOverview(await createPerson({ role: "editor" }), { now })).rejects.toThrow("permission");
  });
});

describe("my tokens", () => {
  it("lists what I own and back up, what needs me first at the top", async () => {
    const me = await createPerson({ role: "editor" });
    const other = await createPerson({ role: "editor" });
    const healthy = await createTokenRecord({ ownerId: me.id, backupId: other.id, expiresOn: day("2027-06-01") });
    const soon = await createTokenRecord({ ownerId: other.id, backupId: me.id, expiresOn: day("2026-12-12") });
    const expired = await createTokenRecord({ ownerId: me.id, backupId: other.id, expiresOn: day("2026-11-01") });
    const leaked = await createTokenRecord({
      ownerId: me.id,
      backupId: other.id,
      state: "compromised",
      expiresOn: day("2027-06-01"),
    });
    const noBackup = await createTokenRecord({ ownerId: me.id, expiresOn: day("2027-06-01") });
    await createTokenRecord({ ownerId: other.id });
    await createTokenRecord({ ownerId: me.id, state: "retired" });

    const mine = await listMyTokens(me, now);
    expect(mine.total).toBe(5);
    expect(mine.tokens.map((t) => [t.id, t.status, t.role])).toEqual([
      [expired.id, "expired", "owner"],
      [leaked.id, "compromised", "owner"],
      [soon.id, "expiring_soon", "backup"],
      [noBackup.id, "no_backup", "owner"],
      [healthy.id, "healthy", "owner"],
    ]);
  });
});

describe("who owns…?", () => {
  it("finds tokens by service, name or what stops working, with owner, backup and status, at most 8", async () => {
    const service = `Zephyr${Math.random().toString(36).slice(2, 7)}`;
    const owner = await createPerson({ name: "Olga Owner" });
    const backup = await createPerson({ name: "Bert Backup" });
    const token = await createTokenRecord({
      service,
      ownerId: owner.id,
      backupId: backup.id,
      expiresOn: day("2026-12-12"),
    });
    const viewer = await createPerson({ role: "viewer" });

    const { results, more } = await findWhoOwns(viewer, service.toLowerCase().slice(0, 8), now);
    expect(more).toBe(false);
    expect(results).toEqual([
      expect.objectContaining({
        id: token.id,
        service,
        status: "expiring_soon",
        expires: "12 Dec 2026 (in 7 days)",
        owner: expect.objectContaining({ name: "Olga Owner" }),
        backup: expect.objectContaining({ name: "Bert Backup" }),
      }),
    ]);

    await Promise.all(
      Array.from({ length: 9 }, () => createTokenRecord({ service, dependents: [`${service} weekly report`] })),
    );
    const many = await findWhoOwns(viewer, `${service} weekly`, now);
    expect(many.results).toHaveLength(8);
    expect(many.more).toBe(true);
    expect((await findWhoOwns(viewer, "   ", now)).results).toEqual([]);
    expect((await db.token.count({ where: { service } })) > 8).toBe(true);
  });
});
