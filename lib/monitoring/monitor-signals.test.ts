import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { readMonitorSignal } from "./read-monitor-signal";
import { recordMonitorSignal } from "./record-monitor-signal";

let owner: Actor;
let backup: Actor;
let monitor: Actor;

beforeAll(async () => {
  [owner, backup] = await Promise.all([
    createPerson({ role: "editor", name: "Olive Owner" }),
    createPerson({ role: "editor", name: "Bea Backup" }),
  ]);
  const keeper = await createPerson({ role: "editor", name: "Mo Monitor" });
  const { apiKey } = await createApiKey(keeper, {
    name: "uptime-kuma",
    scope: "report",
    expiresOn: isoDay(daysFromNow(30)),
    ownerId: keeper.id,
  });
  monitor = { ...keeper, apiKey: { id: apiKey.id, name: apiKey.name, scope: apiKey.scope } };
});

const kuma = (status: number | null, msg = "Request failed with status code 401") => ({
  heartbeat: status === null ? null : { monitorID: 3, status, msg, time: "2026-11-30 04:50:00", important: true },
  monitor: { id: 3, name: "HubSpot API", url: "https://api.hubapi.com/" },
  msg: `[HubSpot API] ${msg}`,
});
const grafana = (status: string, summary = "HubSpot answered 401") => ({
  receiver: "Tokenbook",
  status,
  state: status === "firing" ? "alerting" : "ok",
  title: `[${status.toUpperCase()}:1] HubSpot token check`,
  message: "**Firing**\n\nValue: B=1\nSource: https://grafana.example.test/alerting/grafana/abc/view?orgId=1",
  alerts: [{ status, labels: { alertname: "HubSpot token check" }, annotations: { summary } }],
});

describe("reading a monitor's signal", () => {
  it("reads Tokenbook's own body, Uptime Kuma's down/up and Grafana's firing/resolved (and older alerting/ok)", () => {
    expect(readMonitorSignal({ kind: "failing", detail: " 401 Unauthorized " })).toEqual({
      kind: "failing",
      detail: "401 Unauthorized",
      source: "tokenbook",
    });
    expect(readMonitorSignal({ kind: "ok" })).toEqual({ kind: "ok", detail: null, source: "tokenbook" });
    expect(readMonitorSignal(kuma(0))).toEqual({
      kind: "failing",
      detail: "HubSpot API: Request failed with status code 401",
      source: "uptime-kuma",
    });
    expect(readMonitorSignal(kuma(1, "200 - OK")).kind).toBe("ok");
    for (const ignored of [kuma(2), kuma(3), kuma(null)]) expect(readMonitorSignal(ignored).kind).toBe("ignored");
    expect(readMonitorSignal(grafana("firing"))).toEqual({
      kind: "failing",
      detail: "[FIRING:1] HubSpot token check: HubSpot answered 401",
      source: "grafana",
    });
    expect(readMonitorSignal(grafana("resolved")).kind).toBe("ok");
    expect(readMonitorSignal({ state: "alerting", ruleName: "HubSpot check", message: "401 since 09:00" })).toEqual({
      kind: "failing",
      detail: "HubSpot check: 401 since 09:00",
      source: "grafana",
    });
    expect(readMonitorSignal({ state: "ok", ruleName: "HubSpot check" }).kind).toBe("ok");
    expect(readMonitorSignal({ state: "no_data", ruleName: "HubSpot check" }).kind).toBe("ignored");
  });

  it("refuses what it cannot read, in words that say what to send", () => {
    for (const body of [
      {},
      { kind: "down" },
      { kind: "failing", detail: 401 },
      { kind: "failing", detail: "x".repeat(1001) },
      { heartbeat: { status: "down" } },
      { status: 7 },
      { something: "else" },
    ]) {
      expect(() => readMonitorSignal(body), JSON.stringify(body)).toThrow(InvalidInputError);
    }
  });

  it("says in words which field of an Uptime Kuma or Grafana body is not what the monitor sends", () => {
    const broken = [
      { heartbeat: { status: "down" } },
      { heartbeat: {} },
      { heartbeat: 5 },
      { heartbeat: { status: 0 }, monitor: "x" },
      { status: 7 },
      { alerts: "x" },
      { status: "firing", alerts: [null] },
      { status: "firing", alerts: [{ annotations: { summary: 5 } }] },
      { state: "alerting", title: ["a"] },
    ];
    for (const body of broken) {
      const error = (() => {
        try {
          readMonitorSignal(body);
        } catch (thrown) {
          return thrown as InvalidInputError;
        }
      })();
      expect(error, JSON.stringify(body)).toBeInstanceOf(InvalidInputError);
      const [message] = Object.values(error!.fields);
      expect(message, JSON.stringify(body)).not.toMatch(/Invalid input|expected|received/);
      expect(message, JSON.stringify(body)).toMatch(/Uptime Kuma|Grafana/);
    }
  });

  it("shortens a monitor's long message to 1,000 characters and keeps its lines", () => {
    const signal = readMonitorSignal(kuma(0, `first line\n${"ü".repeat(3000)}`));
    expect(signal.detail!.length).toBeLessThanOrEqual(1000);
    expect(signal.detail).toContain("first line\n");
  });
});

describe("a monitor reports a token failing", () => {
  it("50 failing signals tell owner and backup once, count the repeats, and ok clears it", async () => {
    const token = await createTokenRecord({
      ownerId: owner.id,
      backupId: backup.id,
      name: `Monitored ${Math.random()}`,
    });
    const first = await recordMonitorSignal(monitor, token.id, { kind: "failing", detail: "401 Unauthorized" });
    expect(first).toMatchObject({
      understood: "failing",
      failing: true,
      detail: "401 Unauthorized",
      signalCount: 1,
      told: true,
    });
    const repeats = await Promise.all(
      Array.from({ length: 49 }, () =>
        recordMonitorSignal(monitor, token.id, { kind: "failing", detail: "401 again" }),
      ),
    );
    expect(repeats.every((repeat) => !repeat.told)).toBe(true);
    const mails = await db.outboxMessage.findMany({
      where: { kind: "monitor-failing", subject: { contains: token.name } },
    });
    expect(mails.map((mail) => mail.to).sort()).toEqual([owner.email, backup.email].sort());
    expect(mails[0].text).toContain(`/tokens/${token.id}/runbook#check-it-worked`);
    expect(mails[0].text).toContain("What it saw: “401 Unauthorized”");
    expect(await db.monitorFailure.findUniqueOrThrow({ where: { openTokenId: token.id } })).toMatchObject({
      signalCount: 50,
      detail: "401 Unauthorized",
    });
    expect(
      await db.auditEvent.count({
        where: { recordId: token.id, action: "token.monitor_failing", apiKeyId: monitor.apiKey!.id },
      }),
    ).toBe(1);

    expect(await recordMonitorSignal(monitor, token.id, { kind: "ok" })).toMatchObject({
      understood: "ok",
      failing: false,
      signalCount: 0,
      told: false,
    });
    expect(await db.monitorFailure.findUnique({ where: { openTokenId: token.id } })).toBeNull();
    const closed = await db.monitorFailure.findFirstOrThrow({ where: { tokenId: token.id } });
    expect(closed).toMatchObject({ openTokenId: null, clearedByKeyId: monitor.apiKey!.id });
    expect(await db.auditEvent.count({ where: { recordId: token.id, action: "token.monitor_ok" } })).toBe(1);
    // A second ok changes nothing; the next failing is a new failure and tells them again.
    await recordMonitorSignal(monitor, token.id, { kind: "ok" });
    expect(await db.auditEvent.count({ where: { recordId: token.id, action: "token.monitor_ok" } })).toBe(1);
    expect((await recordMonitorSignal(monitor, token.id, kuma(0))).told).toBe(true);
  });

  it("ten first signals at once open one failure and tell each person once", async () => {
    const token = await createTokenRecord({ ownerId: owner.id, backupId: backup.id, name: `Raced ${Math.random()}` });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => recordMonitorSignal(monitor, token.id, grafana("firing"))),
    );
    expect(answers.filter((answer) => answer.told)).toHaveLength(1);
    expect(
      await db.outboxMessage.count({ where: { kind: "monitor-failing", subject: { contains: token.name } } }),
    ).toBe(2);
    expect(await db.monitorFailure.findUniqueOrThrow({ where: { openTokenId: token.id } })).toMatchObject({
      signalCount: 10,
      source: "grafana",
    });
  });

  it("refuses a secret in Tokenbook's own detail; leaves a monitor's secret-looking words out but still raises the alarm", async () => {
    const token = await createTokenRecord({ ownerId: owner.id, backupId: backup.id });
    const leaked = `It answered 401 for ghp_${"a1B2c3D4e5".repeat(3)}abcdef`;
    await expect(recordMonitorSignal(monitor, token.id, { kind: "failing", detail: leaked })).rejects.toMatchObject({
      fields: { detail: expect.stringContaining("What the monitor saw") },
    });
    expect(await db.monitorFailure.count({ where: { tokenId: token.id } })).toBe(0);
    const result = await recordMonitorSignal(monitor, token.id, kuma(0, leaked));
    expect(result).toMatchObject({ failing: true, told: true });
    expect(result.detail).not.toContain("ghp_");
    expect(result.detail).toContain("looked like a secret");
  });

  it("hostile words from a monitor reach the email safely: lines, tabs, emoji, right-to-left marks, markup, 1,000 characters", async () => {
    const token = await createTokenRecord({
      ownerId: owner.id,
      backupId: backup.id,
      name: `Hostile ${Math.random()}\u202e`,
    });
    const detail = `<script>alert(1)</script>\n\tline two 🔑 \u200f שלום ${"x".repeat(900)}`.slice(0, 1000);
    await recordMonitorSignal(monitor, token.id, { kind: "failing", detail });
    const [mail] = await db.outboxMessage.findMany({
      where: { kind: "monitor-failing", to: owner.email, subject: { contains: "Hostile" } },
      orderBy: { createdAt: "desc" },
      take: 1,
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain("line two 🔑");
    expect((await db.monitorFailure.findUniqueOrThrow({ where: { openTokenId: token.id } })).detail).toBe(
      detail.trim(),
    );
  });

  it("only through an API key; not for a missing or retired token; an ignored signal changes nothing", async () => {
    const token = await createTokenRecord({ ownerId: owner.id });
    const person = { ...monitor, apiKey: undefined };
    await expect(recordMonitorSignal(person, token.id, { kind: "failing" })).rejects.toThrow(ForbiddenError);
    await expect(recordMonitorSignal(monitor, "no-such-token", { kind: "failing" })).rejects.toThrow(NotFoundError);
    await expect(recordMonitorSignal(monitor, "no-such-token", kuma(null))).rejects.toThrow(NotFoundError);
    const retired = await createTokenRecord({ ownerId: owner.id, state: "retired" });
    await expect(recordMonitorSignal(monitor, retired.id, { kind: "failing" })).rejects.toThrow(ConflictError);
    expect(await recordMonitorSignal(monitor, token.id, kuma(null))).toMatchObject({
      understood: "ignored",
      failing: false,
      told: false,
    });
    expect(await db.monitorFailure.count({ where: { tokenId: token.id } })).toBe(0);
  });
});
