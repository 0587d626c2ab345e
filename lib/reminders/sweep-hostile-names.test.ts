import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";
import { daysFromNow } from "@/testing/dates";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { sweepReminders } = await import("./sweep-reminders");
const { createLoadTestPeople, createTokensExpiringTogether, recordEarlierReminders } =
  await import("@/testing/reminders/seed-expiring-tokens");
const { reportCompromised } = await import("@/lib/incidents/report-compromised");

afterAll(() => catcher.stop());

/** Waits until `check` holds, polling; never a fixed sleep. */
async function waitUntil<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > until) return value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const hostileNames = {
  twoLines: "Finance bank feed\r\nsecond line from Excel",
  long: `Marketing ${"very long name ".repeat(20)}`.slice(0, 300),
  tabAndEmoji: "Payroll\tsync 🔑 key",
};

describe("a sweep over 200 due tokens, three of them with names that once stopped every reminder", () => {
  it("delivers every reminder, each subject on one line and readable", async () => {
    const now = new Date();
    const admin = await db.user.create({ data: { name: "Ada Admin", email: "ada@example.test", role: "admin" } });
    const people = await createLoadTestPeople();
    await createTokensExpiringTogether(people, 200, daysFromNow(7, now));
    // Stored as they were before names were cleaned on input: old rows keep what they had.
    const [first, second, third] = await db.token.findMany({ orderBy: { id: "asc" }, take: 3, select: { id: true } });
    await db.token.update({ where: { id: first.id }, data: { name: hostileNames.twoLines, nameKey: "two" } });
    await db.token.update({ where: { id: second.id }, data: { name: hostileNames.long, nameKey: "long" } });
    await db.token.update({ where: { id: third.id }, data: { name: hostileNames.tabAndEmoji, nameKey: "tab" } });

    const started = performance.now();
    const result = await sweepReminders(now);
    const sweepMs = performance.now() - started;
    const mail = await waitUntil(catcher.messages, (messages) => messages.length >= 400);
    console.log(`Sweep of 200 tokens (400 reminders) to the loopback SMTP server: ${sweepMs.toFixed(0)} ms`);

    expect(result.emailed).toBe(400);
    expect(mail).toHaveLength(400);
    expect(await db.outboxMessage.count({ where: { status: "sent" } })).toBe(400);
    expect(await db.reminderDelivery.count({ where: { status: { not: "sent" } } })).toBe(0);
    for (const message of mail) {
      expect(message.subject).not.toMatch(/[\r\n\t\u0000]/);
      expect(message.subject.length).toBeLessThanOrEqual(250);
    }
    const subjects = new Set(mail.map((message) => message.subject));
    expect(subjects).toContain(
      "Finance bank feed second line from Excel (HubSpot) expires in 7 days (" + shortDay(daysFromNow(7, now)) + ")",
    );
    expect(subjects).toContain(
      "Payroll sync 🔑 key (HubSpot) expires in 7 days (" + shortDay(daysFromNow(7, now)) + ")",
    );
    const long = [...subjects].find((subject) => subject.startsWith("Marketing very long name"));
    expect(long).toMatch(/^Marketing very long name .*… expires in 7 days \(\d+ \w+\)$/);

    // The same token can still be reported as compromised: the alerts go out.
    await catcher.clear();
    const { deliveries } = await reportCompromised(
      { id: admin.id, email: admin.email, name: admin.name, role: admin.role },
      first.id,
      { note: "Pasted\nin a chat" },
    );
    expect(deliveries.map((delivery) => delivery.status)).toEqual(expect.arrayContaining(["sent"]));
    const alerts = await waitUntil(catcher.messages, (messages) => messages.length >= deliveries.length);
    expect(alerts.map((message) => message.subject)).toContain(
      "Leaked token: “Finance bank feed second line from Excel” (HubSpot) — switch it off now",
    );
  }, 120_000);

  it("keeps an email that cannot be written failed in the Outbox with a plain reason, and sends the rest of its batch", async () => {
    const now = new Date();
    const owner = await db.user.create({ data: { name: "Olga Owner", email: "olga@example.test", role: "editor" } });
    // An address the mail code refuses: the only one of the batch that fails.
    const broken = await db.user.create({ data: { name: "Broken Address", email: "not an address", role: "editor" } });
    const tokens = await db.token.createManyAndReturn({
      data: [owner.id, broken.id].map((ownerId, index) => ({
        name: `Batch key ${index}`,
        nameKey: `batch key ${index}`,
        service: "Stripe",
        serviceKey: "stripe",
        purpose: "Payouts",
        environment: "production" as const,
        secretLocation: "1Password",
        ownerId,
        backupId: ownerId === owner.id ? broken.id : owner.id,
        expiresOn: daysFromNow(3, now),
      })),
    });
    // Both tokens known to both people, so each reminder is its own email (not a first-reminder summary).
    await recordEarlierReminders(tokens, daysFromNow(3, now));
    await catcher.clear();
    await sweepReminders(now);
    const failed = await db.outboxMessage.findMany({ where: { status: "failed", kind: "reminder" } });
    expect(failed).toHaveLength(2);
    expect(failed[0].lastError).toMatch(
      /^Tokenbook could not write this email, so it was not sent: The recipient must be one email address/,
    );
    const toHolders = <T extends { subject: string }>(messages: T[]) =>
      messages.filter((message) => message.subject.startsWith("Batch key"));
    const delivered = toHolders(await waitUntil(catcher.messages, (messages) => toHolders(messages).length >= 2));
    expect(delivered.map((message) => message.to[0])).toEqual([owner.email, owner.email]);
    expect(await db.reminderDelivery.count({ where: { status: "claimed" } })).toBe(0);
  }, 60_000);
});

function shortDay(date: Date) {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(date);
}
