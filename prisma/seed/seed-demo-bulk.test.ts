import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { tokenStatuses, tokenStatusWhere } from "@/lib/tokens/token-status";
import { bulkPeopleCount } from "./plan-bulk-people";
import { DemoDataRefused, seedDemo } from "./seed-demo";

const now = new Date("2026-11-23T09:30:00Z");

describe("demo data in bulk (--tokens N)", () => {
  it("refuses a database with more than one person, even without tokens", async () => {
    const emails = ["first@example.org", "second@example.org"];
    await db.user.createMany({ data: emails.map((email) => ({ name: email, email })) });

    await expect(seedDemo({ now, tokens: 10 })).rejects.toThrow(DemoDataRefused);

    expect(await db.user.count()).toBe(2);
    expect(await db.team.count()).toBe(0);
    await db.user.deleteMany({ where: { email: { in: emails } } });
  });

  it("writes N uniquely named tokens with dependents, tags, every status, one person per 50 tokens and one summary audit row", async () => {
    const summary = await seedDemo({ now, tokens: 1_500 });

    expect(summary.mode).toBe("bulk");
    expect(await db.token.count()).toBe(1_500);
    expect(summary.people).toBe(bulkPeopleCount(1_500));
    expect(await db.token.count({ where: { owner: { email: { startsWith: "ada.novak." } } } })).toBeGreaterThan(0);
    expect(new Set((await db.token.findMany({ select: { nameKey: true } })).map((t) => t.nameKey)).size).toBe(1_500);
    const clock = await readStatusClock(now);
    for (const status of tokenStatuses)
      expect(await db.token.count({ where: tokenStatusWhere(status, clock) }), status).toBeGreaterThan(0);
    expect(await db.token.count({ where: { dependents: { none: {} } } })).toBe(0);
    expect(await db.token.count({ where: { tags: { none: {} } } })).toBe(0);
    expect(await db.token.count({ where: { owner: { active: false } } })).toBeGreaterThan(0);
    const sample = await db.token.findFirstOrThrow({
      where: { name: { endsWith: " 0421" } },
      include: { dependents: true, tags: true },
    });
    expect(sample.dependents.length).toBeGreaterThan(0);

    const rows = await db.auditEvent.findMany({ where: { action: "demo.seeded" } });
    expect(rows).toHaveLength(1);
    expect(rows[0].after).toMatchObject({ tokens: 1_500 });
    expect(await db.auditEvent.count({ where: { action: "token.created" } })).toBe(0);
  });
});
