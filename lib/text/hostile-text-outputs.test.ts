import fc from "fast-check";
import ICAL from "ical.js";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";
import { hostileText } from "@/testing/hostile-text";
import { addDays, fromDayNumber } from "@/lib/dates/calendar-day";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { storableText } = await import("@/lib/validation/storable-text");
const { sendMail, queueMail } = await import("@/lib/mail/send-mail");
const { reminderEmail } = await import("@/lib/reminders/reminder-email");
const { digestEmail } = await import("@/lib/reminders/digest-email");
const { compromiseAlertEmail } = await import("@/lib/incidents/compromise-alert");
const { renderAssignmentEmail } = await import("@/lib/ownership/assignment-email");
const { tokenWithRelations } = await import("@/lib/tokens/token-snapshot");
const { readCalendarFeed } = await import("@/lib/calendar/read-calendar-feed");
const { newCalendarKey } = await import("@/lib/calendar/calendar-key");
const { exportTokensCsv } = await import("@/lib/tokens/export-tokens-csv");

afterAll(() => catcher.stop());

const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const admin = await db.user.create({ data: { name: "Ada Admin", email: "ada@example.test", role: "admin" } });
const adminActor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };

async function readStream(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

/**
 * A feed every strict client reads: it parses, every event has a valid date, every line ends in CRLF. Returns the
 * events' UIDs.
 */
function expectValidIcs(ics: string): string[] {
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  // RFC 5545 §3.1: no line longer than 75 octets, and still valid UTF-8 once read back.
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
  expect(Buffer.from(ics, "utf8").toString("utf8")).toBe(ics);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const event of calendar.getAllSubcomponents("vevent")) {
    const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = event.getFirstPropertyValue("dtend") as ICAL.Time;
    for (const time of [start, end]) {
      expect(time.year).toBeGreaterThanOrEqual(1970);
      expect(time.year).toBeLessThanOrEqual(2200);
      expect(Number.isNaN(time.toJSDate().getTime())).toBe(false);
    }
    expect(String(event.getFirstPropertyValue("summary"))).not.toMatch(controls);
    expect(String(event.getFirstPropertyValue("description"))).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  }
  return calendar.getAllSubcomponents("vevent").map((event) => String(event.getFirstPropertyValue("uid")));
}

describe("random user text through every name that leaves Tokenbook", () => {
  it("never makes a mail, an ICS feed or a CSV export fail; every feed parses strictly", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ name: hostileText(), service: hostileText(), person: hostileText(), team: hostileText() }),
        fc.integer({ min: 0, max: 84_000 }),
        fc.integer({ min: 1, max: 3_650 }),
        async (raw, daysSince1970, rotateEveryDays) => {
          run += 1;
          // What the database can hold at all (PostgreSQL refuses NUL): rows saved before names were cleaned.
          const text = storableText(raw);
          const orDefault = (value: string) => (value.trim() ? value : `${value}x`);
          const team = await db.team.create({
            data: { name: `${orDefault(text.team)} #${run}`, calendarKey: newCalendarKey() },
          });
          const person = await db.user.create({
            data: {
              name: orDefault(text.person),
              email: `person-${run}@example.test`,
              role: "editor",
              teamId: team.id,
              calendarKey: newCalendarKey(),
            },
          });
          const expiresOn = fromDayNumber(daysSince1970);
          const token = await db.token.create({
            data: {
              name: orDefault(text.name),
              nameKey: `${run}`,
              service: orDefault(text.service),
              serviceKey: `${run}`,
              purpose: orDefault(text.name),
              environment: "production",
              secretLocation: orDefault(text.service),
              ownerId: person.id,
              backupId: admin.id,
              teamId: team.id,
              expiresOn,
              // A rotation date too, so the feeds carry both kinds of event.
              lastRotatedOn: fromDayNumber(Math.max(0, daysSince1970 - rotateEveryDays)),
              rotateEveryDays,
              dependents: { create: [{ name: text.team, position: 0 }] },
            },
            include: tokenWithRelations,
          });
          const mailToken = { ...token, dependents: token.dependents.map((d) => d.name) };
          const now = addDays(expiresOn, -7);

          // Mail: every kind of email is written and accepted by the outbox; a reminder is delivered over SMTP.
          for (const kind of ["expiry", "rotation", "escalation", "no_backup"] as const) {
            const mail = reminderEmail(
              { kind, dueOn: expiresOn, token: mailToken, recipient: person, admins: [admin] },
              now,
            );
            await queueMail({ to: person.email, ...mail, kind: "reminder" });
          }
          await queueMail({
            to: person.email,
            ...digestEmail(person, [{ kind: "expiry", dueOn: expiresOn, token: mailToken }], now),
            kind: "reminder-digest",
          });
          await queueMail(compromiseAlertEmail({ token, reportedBy: person.name, note: text.team, recipient: person }));
          await queueMail(renderAssignmentEmail(person, person.name, [token], [], now));
          const delivered = await sendMail({
            to: person.email,
            ...reminderEmail(
              { kind: "expiry", dueOn: expiresOn, token: mailToken, recipient: person, admins: [admin] },
              now,
            ),
            kind: "reminder",
          });
          expect(delivered.status).toBe("sent");

          // ICS: the person's and the team's feeds, each with the expiry and the rotation date.
          for (const feed of [
            await readCalendarFeed("person", person.calendarKey!),
            await readCalendarFeed("team", team.calendarKey!),
          ]) {
            expect(expectValidIcs(feed!).sort()).toEqual([
              `token-${token.id}-expiry@tokenbook`,
              `token-${token.id}-rotation@tokenbook`,
            ]);
          }

          // CSV: the export parses back, one row per token, names on their own cells.
          const csv = await readStream(await exportTokensCsv(adminActor, {}, now));
          const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
          expect(rows).toHaveLength(1);
          expect(rows[0].Name.replace(/^'/, "")).not.toMatch(/[\u0000\r]/);

          await db.token.deleteMany();
          await db.outboxMessage.deleteMany();
        },
      ),
      { numRuns: 40 },
    );
    const messages = await catcher.messages();
    expect(messages).toHaveLength(40);
    for (const message of messages) expect(message.subject).not.toMatch(controls);
  }, 300_000);
});
