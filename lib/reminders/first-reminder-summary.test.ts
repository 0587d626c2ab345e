import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");
const { handOverAndDeactivate } = await import("@/lib/ownership/hand-over-tokens");
const { sweepReminders } = await import("./sweep-reminders");

afterAll(() => catcher.stop());

const at = (day: string) => new Date(`${day}T09:00:00Z`);
const date = (day: string) => new Date(`${day}T00:00:00Z`);
const inbox = async () => (await catcher.messages()).map((mail) => `${mail.to.join(",")}: ${mail.subject}`).sort();

describe("tokens new to a person", () => {
  it("a person handed eight due tokens gets one summary listing them, once; later steps come one per token", async () => {
    const admin = await createPerson({ role: "admin", name: "Ada Admin", email: "ada@example.test" });
    const leaver = await createPerson({ role: "editor", name: "Leo Leaver", email: "leo@example.test" });
    const olga = await createPerson({ role: "editor", name: "Olga Owner", email: "olga@example.test" });
    const bea = await createPerson({ role: "editor", name: "Bea Backup", email: "bea@example.test" });
    // Names people really type reach the summary too: a two-line cell, a tab and an emoji, 300 characters.
    const names = [
      "Finance bank feed\nsecond line",
      "Payroll\tsync 🔑 key",
      `Marketing ${"very long name ".repeat(22)}`.slice(0, 300),
      "CRM 4",
      "CRM 5",
      "CRM 6",
      "CRM 7",
      "CRM 8",
    ];
    const tokens = [];
    for (const [index, name] of names.entries()) {
      tokens.push(
        await createTokenRecord({
          name,
          service: "HubSpot",
          ownerId: leaver.id,
          backupId: bea.id,
          expiresOn: date(`2026-12-${String(10 + index).padStart(2, "0")}`),
        }),
      );
    }
    await sweepReminders(at("2026-11-29"));
    // Before the hand-over, Leo and Bea were new to all eight: each had one summary, nothing per token.
    expect(await inbox()).toEqual([
      "bea@example.test: You now look after 8 tokens that need attention in Tokenbook",
      "leo@example.test: You now look after 8 tokens that need attention in Tokenbook",
    ]);

    await handOverAndDeactivate(admin, {
      personId: leaver.id,
      tokens: tokens.map((token) => ({ tokenId: token.id, ownerId: olga.id })),
    });
    await catcher.clear();
    const result = await sweepReminders(at("2026-12-05"));
    await sweepReminders(new Date(at("2026-12-05").getTime() + 3 * 3600_000));
    const mail = await catcher.messages();
    // Olga: one summary for her eight new tokens. Bea knows them: one email per token whose step moved on (one is still
    // in its 14-day step). Admins: not yet.
    expect(
      mail.filter((message) => message.to.includes("olga@example.test")).map((message) => message.subject),
    ).toEqual(["You now look after 8 tokens that need attention in Tokenbook"]);
    expect(mail.filter((message) => message.to.includes("bea@example.test"))).toHaveLength(7);
    expect(mail.filter((message) => message.to.includes("ada@example.test"))).toEqual([]);
    expect(result.emailed).toBe(8);

    const summary = mail.find((message) => message.to.includes("olga@example.test"))!;
    for (const line of [
      "• Finance bank feed second line (HubSpot) expires in 5 days (10 Dec)",
      "• Payroll sync 🔑 key (HubSpot) expires in 6 days (11 Dec)",
      "• CRM 8 (HubSpot) expires in 12 days (17 Dec)",
    ]) {
      expect(summary.text).toContain(line);
    }
    expect(summary.text).toMatch(/• Marketing very long name .*… expires in 7 days \(12 Dec\)/);
    expect(summary.text).toContain(
      "These tokens were handed to you, so their first reminders come together in this one email",
    );
    expect(summary.text).toMatch(/I'm on it: http:\/\/tokenbook\.example\.test:3000\/im-on-it\?/);
    expect(summary.html).toContain("http://tokenbook.example.test:3000/my-tokens");
    // Every step is still recorded once per token and person, and nothing waits claimed.
    expect(await db.reminderDelivery.count({ where: { recipientId: olga.id, status: "sent" } })).toBe(8);
    expect(await db.reminderDelivery.count({ where: { status: "claimed" } })).toBe(0);

    // The next steps of tokens she now knows come one email per token, as for everyone else.
    await catcher.clear();
    await sweepReminders(at("2026-12-07"));
    const next = (await catcher.messages())
      .filter((message) => message.to.includes("olga@example.test"))
      .map((message) => message.subject);
    expect(next.sort()).toEqual([
      "CRM 4 (HubSpot) expires in 6 days (13 Dec)",
      "CRM 5 (HubSpot) expires in 7 days (14 Dec)",
      "Finance bank feed second line (HubSpot) expires in 3 days (10 Dec)",
    ]);
  });

  it("a single token new to a person is an ordinary reminder", async () => {
    await catcher.clear();
    const kim = await createPerson({ role: "editor", name: "Kim Single", email: "kim@example.test" });
    const kai = await createPerson({ role: "editor", name: "Kai Backup", email: "kai@example.test" });
    await createTokenRecord({
      name: "Zendesk key",
      service: "Zendesk",
      ownerId: kim.id,
      backupId: kai.id,
      expiresOn: date("2026-12-12"),
    });
    await sweepReminders(at("2026-12-05"));
    expect((await inbox()).filter((line) => /kim@|kai@/.test(line))).toEqual([
      "kai@example.test: Zendesk key expires in 7 days (12 Dec)",
      "kim@example.test: Zendesk key expires in 7 days (12 Dec)",
    ]);
  });
});
