// The world the channel reminder tests run in: a mail catcher, a webhook receiver standing in for Slack,
// Teams and a generic webhook, an admin, an owner and a backup in one team, and a token expiring in 7 days.
import { afterAll, beforeEach, vi } from "vitest";
import { startMailCatcher } from "@/testing/mail-catcher";
import { daysFromNow } from "@/testing/dates";
import { startWebhookReceiver } from "@/testing/webhook-receiver";

// env() is read once per process: the catcher, keys and the loopback allowance go in before any module reads it.
const catcher = await startMailCatcher();
const receiver = await startWebhookReceiver();
process.env.SMTP_URL = catcher.smtpUrl;
process.env.APP_URL = "http://tokenbook.example.test:3000";
process.env.AUTH_SECRET = "channel-test-secret-that-is-long-enough";
process.env.ENCRYPTION_KEY = "channel-test-encryption-key-long-enough-for-aes";
process.env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = "true";
export { catcher, receiver };
export const logged: string[] = [];
for (const level of ["log", "info", "warn", "error"] as const) {
  const original = console[level].bind(console);
  vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    logged.push(
      args
        .map((arg) =>
          arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === "string" ? arg : JSON.stringify(arg),
        )
        .join(" "),
    );
    original(...args);
  });
}
const { db } = await import("@/lib/db");
const { deliverDueMail } = await import("@/lib/mail/send-mail");
const { sweepReminders } = await import("@/lib/reminders/sweep-reminders");
const { createChannel, routeTeamToChannel } = await import("@/lib/channels/manage-channels");
const { createPerson, createTeam, createTokenRecord } = await import("@/prisma/factories");
export { db, deliverDueMail, sweepReminders, createChannel };

const adminRow = await createPerson({ name: "Ada Admin", email: "ada@example.test", role: "admin" });
export const admin = { id: adminRow.id, email: adminRow.email, name: adminRow.name, role: adminRow.role };
const olga = await createPerson({ name: "Olga <Owner> & Co", email: "olga@example.test", role: "editor" });
const finn = await createPerson({ name: "Finn Backup", email: "finn@example.test", role: "editor" });
export const team = await createTeam("Marketing");

// Noon UTC today: the organisation's day (UTC by default) is today, whatever time the test runs.
export const now = new Date(`${daysFromNow(0).toISOString().slice(0, 10)}T12:00:00Z`);
export const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
/** Secret-looking paths, as Slack and Teams give them: they must never show anywhere but the request itself. */
export const paths = {
  slack: "/services/T0SLACK/B0HOOK/s3cr3tSlackPathX9",
  teams: "/workflows/abc/triggers/manual?sig=s3cr3tTeamsSigY8",
  webhook: "/hooks/s3cr3tWebhookPathZ7",
};

export async function channelFor(kind: "slack" | "teams" | "webhook") {
  const made = await createChannel(admin, {
    name: `Marketing ${kind} ${Math.random()}`,
    kind,
    url: receiver.url(paths[kind]),
  });
  await routeTeamToChannel(admin, team.id, made.id);
  return made;
}
export const expiringToken = (name = "HubSpot reporting key") =>
  createTokenRecord({
    name,
    service: "HubSpot",
    ownerId: olga.id,
    backupId: finn.id,
    teamId: team.id,
    expiresOn: daysFromNow(7, now),
    dependents: ["Weekly <marketing> report & CRM sync"],
  });
export const accepted = (path: string) => receiver.requests(path).filter((request) => request.answeredWith === 200);

// Each test file that imports this world: every test starts with no tokens, channels or messages, and
// every channel answering 200; the catcher and receiver stop when the file is done.
beforeEach(async () => {
  await db.reminderDelivery.deleteMany();
  await db.token.deleteMany();
  await db.outboxMessage.deleteMany();
  await db.team.updateMany({ data: { channelId: null } });
  await db.notificationChannel.deleteMany();
  receiver.clear();
  for (const path of Object.values(paths)) receiver.answer(path, 200);
  await catcher.clear();
});

afterAll(async () => {
  await catcher.stop();
  await receiver.stop();
});
