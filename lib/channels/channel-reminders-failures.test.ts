// When a channel fails: retries, stale reminders held back, pausing, resuming, and test messages.
import { daysFromNow } from "@/testing/dates";
import { describe, expect, it } from "vitest";
// Sets the environment and the hooks first: the modules below are imported after it, and read it.
import * as world from "@/testing/channel-reminders-world";

const { resumeChannel } = await import("./manage-channels");
const { sendTestMessage } = await import("./send-test-message");
const { cancelStaleChannelReminders } = await import("./cancel-stale-channel-reminders");
const { checkHealth } = await import("@/lib/health/check-health");
const { listTokensNeedingAttention } = await import("@/lib/dashboard/list-attention");
const { sendAgain } = await import("@/lib/mail/send-again");

describe("reminders to team channels", () => {
  it("keeps retrying while the receiver answers 500, and delivers once when it recovers", async () => {
    await world.channelFor("slack");
    await world.expiringToken();
    world.receiver.answer(world.paths.slack, 500, "internal_error");
    await world.sweepReminders(world.now);
    const [row] = await world.db.outboxMessage.findMany({ where: { channelId: { not: null } } });
    expect(row).toMatchObject({ status: "queued", lastError: expect.stringContaining("500") });
    await world.deliverDueMail(world.later(2));
    expect(world.receiver.requests(world.paths.slack)).toHaveLength(2);
    world.receiver.answer(world.paths.slack, 200);
    await world.deliverDueMail(world.later(30));
    await world.deliverDueMail(world.later(120));
    await world.sweepReminders(world.later(125));
    expect(world.accepted(world.paths.slack)).toHaveLength(1);
    expect(await world.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent" });
    expect(await world.db.notificationChannel.findFirstOrThrow()).toMatchObject({ failuresInARow: 0, pausedAt: null });
  });

  it("holds back a waiting retry once the token's date changed", async () => {
    await world.channelFor("slack");
    const token = await world.expiringToken();
    world.receiver.answer(world.paths.slack, 503);
    await world.sweepReminders(world.now);
    await world.db.token.update({ where: { id: token.id }, data: { expiresOn: daysFromNow(90, world.now) } });
    expect(await cancelStaleChannelReminders()).toBe(1);
    world.receiver.answer(world.paths.slack, 200);
    await world.deliverDueMail(world.later(30));
    expect(world.accepted(world.paths.slack)).toHaveLength(0);
    expect(await world.db.outboxMessage.findFirstOrThrow({ where: { channelId: { not: null } } })).toMatchObject({
      status: "cancelled",
    });
  });

  it("pauses a channel that answers 410 and tells the admins once", async () => {
    const made = await world.channelFor("slack");
    world.receiver.answer(world.paths.slack, 410, "no_service");
    await world.expiringToken("HubSpot reporting key");
    await world.expiringToken("HubSpot export key");
    await world.sweepReminders(world.now);
    // Both reminders may be in flight together; once paused, nothing more is posted.
    const tried = world.receiver.requests(world.paths.slack).length;
    expect(tried).toBeGreaterThanOrEqual(1);
    await world.sweepReminders(world.later(5));
    await world.deliverDueMail(world.later(30));
    expect(world.receiver.requests(world.paths.slack)).toHaveLength(tried);
    const channel = await world.db.notificationChannel.findUniqueOrThrow({ where: { id: made.id } });
    expect(channel.pausedAt).not.toBeNull();
    expect(channel.pausedReason).toContain("410");
    expect(await world.db.auditEvent.count({ where: { action: "channel.paused", recordId: made.id } })).toBe(1);
    expect(await world.db.outboxMessage.count({ where: { channelId: made.id, status: "failed" } })).toBe(2);
    const notices = (await world.catcher.messages()).filter((mail) => mail.subject.includes("paused the channel"));
    expect(notices.map((mail) => mail.to.join(","))).toEqual(["ada@example.test"]);
    // Visible to admins: on the home page's failed reminders and in /api/health, which stays 200.
    expect((await listTokensNeedingAttention(world.admin, world.now)).failedReminders).toMatchObject({ count: 2 });
    const health = await checkHealth(world.now);
    expect(health.ok && health.warnings).toEqual([
      "1 chat or webhook channel is paused; admins see which in Settings.",
    ]);
    const { readReminderStatus } = await import("@/lib/health/reminder-alarms");
    expect((await readReminderStatus(world.now)).alarms.map((alarm) => alarm.reason).join(" ")).toContain(
      `Tokenbook stopped sending to “${channel.name}”`,
    );
  });

  it("pauses a channel after 10 failures in a row, and tells the admins once", async () => {
    const made = await world.channelFor("webhook");
    world.receiver.answer(world.paths.webhook, 502, "bad gateway");
    await world.expiringToken();
    await world.sweepReminders(world.now);
    // Each run a day apart: every waiting retry is due, whatever its backoff.
    for (let day = 1; day <= 12; day++) await world.deliverDueMail(world.later(day * 1440));
    expect(world.receiver.requests(world.paths.webhook)).toHaveLength(10);
    const channel = await world.db.notificationChannel.findUniqueOrThrow({ where: { id: made.id } });
    expect(channel.pausedReason).toMatch(/^10 tries in a row failed; the last: The service answered 502: bad gateway/);
    expect(await world.db.outboxMessage.findFirstOrThrow({ where: { channelId: made.id } })).toMatchObject({
      status: "failed",
      attempts: 10,
    });
    expect((await world.catcher.messages()).filter((mail) => mail.subject.includes("paused the channel"))).toHaveLength(
      1,
    );
  });

  it("after a paused channel is resumed, its failed messages go out once with send again", async () => {
    const made = await world.channelFor("slack");
    world.receiver.answer(world.paths.slack, 404, "no_service");
    await world.expiringToken();
    await world.sweepReminders(world.now);
    expect((await world.db.notificationChannel.findUniqueOrThrow({ where: { id: made.id } })).pausedAt).not.toBeNull();
    world.receiver.answer(world.paths.slack, 200);
    expect(await sendTestMessage(world.admin, made.id)).toEqual({ ok: true, answer: "The service answered 200: ok" });
    await resumeChannel(world.admin, made.id);
    const again = await sendAgain(world.admin, "all");
    await sendAgain(world.admin, "all");
    expect(again.results.filter((result) => result.status === "sent")).toHaveLength(1);
    expect(world.accepted(world.paths.slack).filter((post) => post.body.includes("expires in 7 days"))).toHaveLength(1);
  });

  it("shows an admin the service's answer to a test message, failure included", async () => {
    const made = await world.channelFor("teams");
    world.receiver.answer(world.paths.teams, 400, "Invalid card: missing attachments");
    expect(await sendTestMessage(world.admin, made.id)).toEqual({
      ok: false,
      answer: "The service answered 400: Invalid card: missing attachments",
    });
    expect(await world.db.auditEvent.count({ where: { action: "channel.tested", recordId: made.id } })).toBe(1);
  });
});
