import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseTokenListQuery } from "@/lib/tokens/list-query";
import { listTokens } from "@/lib/tokens/list-tokens";
import { defaultReminderSchedule } from "@/lib/reminders/reminder-schedule";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { statusClock, tokenStatus } from "@/lib/tokens/token-status";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { attentionKeys, type AttentionKey } from "./attention-categories";
import { listTokensNeedingAttention } from "./list-attention";

const now = new Date("2026-11-23T09:30:00Z");
const clock = statusClock(startOfUtcDay(now), defaultReminderSchedule);
const steps = {
  generateSteps: ["Open the console"],
  replaceSteps: ["Paste it"],
  verifySteps: ["Run the report"],
  rollbackSteps: ["Put the old one back"],
};

let admin: Actor;
let viewer: Actor;

type Everything = Awaited<ReturnType<typeof loadEverything>>[number];
const loadEverything = () => db.token.findMany({ include: { owner: true, backup: true, runbook: true } });

/** The same categories, decided one token at a time in plain code rather than in SQL. */
const inUse = (t: Everything) => t.state === "active" || t.state === "compromised";
const byHand: Record<AttentionKey, (t: Everything) => boolean> = {
  expired: (t) => tokenStatus(t, clock) === "expired",
  expiringWithin7Days: (t) =>
    tokenStatus(t, clock) === "expiring_soon" && t.expiresOn! <= addDays(startOfUtcDay(now), 7),
  compromised: (t) => t.state === "compromised",
  noBackup: (t) => inUse(t) && t.backupId === null,
  personLeft: (t) => inUse(t) && (!t.owner.active || t.backup?.active === false),
  runbookMissing: (t) => inUse(t) && t.runbook === null,
  runbookUntested: (t) => inUse(t) && t.runbook !== null && t.runbookTestedAt === null,
};

beforeAll(async () => {
  await seedDemo({ now });
  // The demo gives most tokens an untested runbook: add one to a token without, and mark some tested,
  // so every card has something (a runbook missing, one untested, one tested).
  const withoutRunbook = await db.token.findFirstOrThrow({
    where: { state: "active", runbook: null },
    orderBy: { name: "asc" },
    select: { id: true },
  });
  await db.runbook.create({ data: { tokenId: withoutRunbook.id, ...steps } });
  const tokens = await db.token.findMany({
    where: { state: "active", runbook: { isNot: null } },
    orderBy: { name: "asc" },
    take: 9,
    select: { id: true },
  });
  for (const [index, token] of tokens.entries()) {
    if (index % 3 === 0)
      await db.token.update({ where: { id: token.id }, data: { runbookTestedAt: addDays(now, -20) } });
  }
  expect(
    await db.token.count({ where: { state: "active", runbook: null } }),
    "some tokens still lack a runbook",
  ).toBeGreaterThan(0);
  await db.outboxMessage.createMany({
    data: [
      {
        messageId: "<r1@test>",
        kind: "reminder",
        to: "a@example.test",
        subject: "Expires",
        text: "",
        html: "",
        status: "failed",
      },
      {
        messageId: "<r2@test>",
        kind: "reminder",
        to: "b@example.test",
        subject: "Expires",
        text: "",
        html: "",
        status: "sent",
      },
      {
        messageId: "<s1@test>",
        kind: "sign-in",
        to: "c@example.test",
        subject: "Sign in",
        text: "",
        html: "",
        status: "failed",
      },
    ],
  });
  const person = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
  admin = await person("amara.okafor@example.com");
  viewer = await person("liam.oconnor@example.com");
});

describe("listTokensNeedingAttention with the demo data", () => {
  it("counts each category exactly as the token list filtered by its link, and as the rules say token by token", async () => {
    const { categories } = await listTokensNeedingAttention(viewer, now);
    const everything = await loadEverything();
    const figures: Record<string, { dashboard: number; list: number; byHand: number }> = {};
    for (const category of categories) {
      const linked = parseTokenListQuery(new URL(category.href, "http://x").searchParams);
      const list = await listTokens(viewer, linked, now);
      figures[category.key] = {
        dashboard: category.count,
        list: list.total,
        byHand: everything.filter(byHand[category.key]).length,
      };
      expect(category.href.startsWith("/tokens?"), category.key).toBe(true);
      expect(
        category.tokens.map((t) => t.id),
        category.key,
      ).toEqual(list.rows.slice(0, 3).map((t) => t.id));
    }
    console.log("Dashboard counts with the demo data (dashboard / list / by hand):", figures);
    for (const key of attentionKeys) {
      expect(figures[key].dashboard, key).toBeGreaterThan(0);
      expect(figures[key].list, key).toBe(figures[key].dashboard);
      expect(figures[key].byHand, key).toBe(figures[key].dashboard);
    }
  });

  it("links the expiring card to the list of the coming seven days", async () => {
    const { categories } = await listTokensNeedingAttention(viewer, now);
    expect(categories.find((c) => c.key === "expiringWithin7Days")?.href).toBe(
      "/tokens?status=expiring_soon&expiresTo=2026-11-30",
    );
  });

  it("counts failed reminder emails for admins only, linking to the failed outbox", async () => {
    expect((await listTokensNeedingAttention(admin, now)).failedReminders).toEqual({
      count: 1,
      href: "/outbox?status=failed",
    });
    expect((await listTokensNeedingAttention(viewer, now)).failedReminders).toBeNull();
  });
});
