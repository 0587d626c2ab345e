import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { addDays, dayMs, startOfUtcDay } from "@/lib/dates/calendar-day";
import { tokenStatus, tokenStatuses, tokenStatusWhere } from "@/lib/tokens/token-status";
import { DemoDataRefused, seedDemo } from "./seed-demo";

const now = new Date("2026-11-23T09:30:00Z");
const today = startOfUtcDay(now);

describe("demo data", () => {
  it("fills an empty database with people, teams and about 80 tokens in every status", async () => {
    await db.user.create({ data: { name: "it", email: "it@example.org", role: "admin" } }); // as ADMIN_EMAIL makes one

    const summary = await seedDemo({ now });

    const tokens = await db.token.findMany({ include: { owner: true, backup: true, dependents: true, tags: true } });
    expect(tokens.length).toBeGreaterThanOrEqual(75);
    expect(tokens.length).toBeLessThanOrEqual(90);
    expect(summary.tokens).toBe(tokens.length);

    const clock = await readStatusClock(now);
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(tokenStatus(token, clock), (counts.get(tokenStatus(token, clock)) ?? 0) + 1);
    for (const status of tokenStatuses) {
      expect(counts.get(status) ?? 0, status).toBeGreaterThanOrEqual(2);
      // The SQL form of the rules agrees with the one in code.
      expect(await db.token.count({ where: tokenStatusWhere(status, clock) }), status).toBe(counts.get(status));
      expect(summary.byStatus[status], status).toBe(counts.get(status));
    }
    const expiring = tokens.filter((t) => t.state === "active" && t.expiresOn && t.expiresOn >= today);
    expect(expiring.filter((t) => t.expiresOn! <= addDays(today, 7)).length).toBeGreaterThanOrEqual(3);
    expect(
      expiring.filter((t) => t.expiresOn! > addDays(today, 7) && t.expiresOn! <= addDays(today, 30)).length,
    ).toBeGreaterThanOrEqual(3);

    for (const token of tokens) {
      expect(token.backupId, token.name).not.toBe(token.ownerId);
      expect(token.dependents.length, token.name).toBeGreaterThanOrEqual(1);
      expect(token.dependents.length, token.name).toBeLessThanOrEqual(3);
      expect(token.consoleUrl, token.name).toMatch(/^https:\/\//);
      for (const date of [token.issuedOn, token.expiresOn, token.lastRotatedOn]) {
        if (date) expect(date.getTime() % dayMs, token.name).toBe(0);
      }
      if (token.issuedOn && token.expiresOn) expect(token.expiresOn >= token.issuedOn, token.name).toBe(true);
      expect(token.issuedOn! <= today, token.name).toBe(true);
      expect(token.state === "active", token.name).toBe(token.stateChangedAt === null);
      const text = [
        token.name,
        token.service,
        token.purpose,
        token.secretLocation,
        token.scopes,
        token.consoleUrl,
        token.notes,
        ...token.dependents.map((d) => d.name),
        ...token.tags.map((t) => t.name),
      ];
      for (const value of text) if (value) expect(looksLikeSecret(value), value).toBeNull();
    }

    // Ownership cases for the dashboard and the ownership view.
    const ownedByDeactivated = tokens.filter((t) => !t.owner.active);
    expect(ownedByDeactivated.length).toBeGreaterThanOrEqual(2);
    const perOwner = new Map<string, number>();
    for (const token of tokens) perOwner.set(token.ownerId, (perOwner.get(token.ownerId) ?? 0) + 1);
    const [most, next] = [...perOwner.values()].sort((a, b) => b - a);
    expect(most).toBeGreaterThanOrEqual(14);
    expect(next).toBeLessThan(most - 3);

    const people = await db.user.findMany();
    expect(people.map((p) => p.email)).toContain("it@example.org");
    expect(people.filter((p) => p.role === "admin").length).toBe(3); // the kept admin and two demo admins
    expect(people.filter((p) => !p.active).length).toBeGreaterThanOrEqual(1);
    expect(await db.team.count()).toBeGreaterThanOrEqual(5);

    // History timelines are not empty: one audit row per created token.
    const created = await db.auditEvent.findMany({ where: { action: "token.created", recordType: "token" } });
    expect(new Set(created.map((event) => event.recordId))).toEqual(new Set(tokens.map((t) => t.id)));
    expect(created.every((event) => event.actorEmail === "demo data" && event.actorId === null)).toBe(true);

    // Runbooks for most tokens in use (some left without, so that case shows too), and one rotation under way.
    const inUse = tokens.filter((t) => t.state !== "retired");
    const runbooks = await db.runbook.findMany();
    expect(runbooks.length).toBeGreaterThanOrEqual(Math.floor(inUse.length / 2));
    expect(runbooks.length).toBeLessThan(inUse.length);
    expect(runbooks.every((runbook) => runbook.templateName !== null)).toBe(true);
    const byId = new Map(tokens.map((t) => [t.id, t]));
    for (const runbook of runbooks) {
      const text = JSON.stringify([
        runbook.generateSteps,
        runbook.replaceSteps,
        runbook.verifySteps,
        runbook.rollbackSteps,
      ]);
      expect(text, byId.get(runbook.tokenId)!.name).not.toContain("{{");
      expect(looksLikeSecret(text)).toBeNull();
    }
    const runs = await db.rotationRun.findMany({
      include: { checks: true, token: { include: { owner: true, backup: true } } },
    });
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run).toMatchObject({
      kind: "rotation",
      status: "in_progress",
      activeTokenId: run.tokenId,
      startedById: run.token.ownerId,
    });
    expect(run.token.owner.active).toBe(true);
    expect(tokenStatus(run.token, clock)).toBe("expiring_soon");
    expect(run.checks.map((check) => check.stepIndex).sort()).toEqual([0, 1]);
    expect(await db.auditEvent.count({ where: { action: "runbook.created" } })).toBe(runbooks.length);
    expect(summary.auditRows).toBe(await db.auditEvent.count());
    expect(summary).toMatchObject({ runbooks: runbooks.length, runUnderWay: run.token.name });
  });

  it("refuses a database that already has tokens or people, and changes nothing", async () => {
    const before = {
      tokens: await db.token.count(),
      people: await db.user.count(),
      audit: await db.auditEvent.count(),
    };
    expect(before.tokens).toBeGreaterThan(0);

    await expect(seedDemo({ now })).rejects.toThrow(DemoDataRefused);

    expect({
      tokens: await db.token.count(),
      people: await db.user.count(),
      audit: await db.auditEvent.count(),
    }).toEqual(before);
  });
});
