import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { acknowledgeToken } from "./acknowledge-token";
import { getTokenReminders } from "./get-token-reminders";
import { readReminderSchedule } from "./read-reminder-schedule";
import { defaultReminderSchedule } from "./reminder-schedule";
import { saveReminderSchedule } from "./save-reminder-schedule";

const admin = await createPerson({ role: "admin", name: "Ada Admin" });
const owner = await createPerson({ role: "editor", name: "Olga Owner" });

describe("the reminder schedule", () => {
  it("is the default until an admin saves one, then is validated and audited", async () => {
    expect(await readReminderSchedule()).toEqual(defaultReminderSchedule);
    await saveReminderSchedule(
      admin,
      { daysBefore: "7, 30, 0", criticalDaysBefore: "90, 60", overdueEveryDays: "3" },
      "",
    );
    expect(await readReminderSchedule()).toEqual({
      daysBefore: [30, 7, 0],
      criticalDaysBefore: [90, 60],
      overdueEveryDays: 3,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "settings.reminder_schedule_changed" } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: null,
      after: { daysBefore: [30, 7, 0], criticalDaysBefore: [90, 60], overdueEveryDays: 3 },
    });
  });

  it("refuses what would not make sense, in plain words, and keeps the saved schedule", async () => {
    const attempt = (input: { daysBefore: string; criticalDaysBefore: string; overdueEveryDays: string }) =>
      saveReminderSchedule(admin, input, "").then(
        () => null,
        (error: unknown) => (error instanceof InvalidInputError ? error.fields : error),
      );
    expect(await attempt({ daysBefore: "", criticalDaysBefore: "", overdueEveryDays: "2" })).toEqual({
      daysBefore: "Days before the due date: keep at least one reminder.",
    });
    expect(await attempt({ daysBefore: "30, soon", criticalDaysBefore: "", overdueEveryDays: "2" })).toEqual({
      daysBefore: "Days before the due date: write whole numbers of days separated by commas, such as 30, 14, 7.",
    });
    expect(await attempt({ daysBefore: "7, 7", criticalDaysBefore: "400", overdueEveryDays: "0" })).toEqual({
      daysBefore: "Days before the due date: each number may appear only once.",
      criticalDaysBefore: "Extra days for critical tokens: use at most 365 days.",
      overdueEveryDays: "While overdue: enter a number of days from 1 to 30.",
    });
    expect(await attempt({ daysBefore: "7", criticalDaysBefore: "", overdueEveryDays: "99999" })).toEqual({
      overdueEveryDays: "While overdue: enter a number of days from 1 to 30.",
    });
    expect((await readReminderSchedule()).daysBefore).toEqual([30, 7, 0]);
  });
});

describe("“I'm on it” on the token page", () => {
  it("records the owner for the current expiry date, once, and shows it with the next reminder", async () => {
    await db.setting.deleteMany();
    const token = await createTokenRecord({ ownerId: owner.id, expiresOn: new Date("2026-12-12T00:00:00Z") });
    const now = new Date("2026-11-01T10:00:00Z");
    expect((await getTokenReminders(owner, token.id, now))?.next).toEqual({
      on: new Date("2026-11-12T10:00:00Z"),
      dueNow: false,
      label: "Expiry: 30 days before",
    });
    expect((await getTokenReminders(owner, token.id, new Date("2026-12-01T10:00:00Z")))?.next).toMatchObject({
      dueNow: true,
      label: "Expiry: 14 days before",
    });

    expect(await acknowledgeToken(owner, token.id)).toEqual({ dueOn: new Date("2026-12-12T00:00:00Z") });
    await acknowledgeToken(owner, token.id);
    expect(await db.acknowledgement.count({ where: { tokenId: token.id } })).toBe(1);
    const panel = await getTokenReminders(admin, token.id, now);
    expect(panel).toMatchObject({ onIt: [{ name: "Olga Owner" }], canAcknowledge: true });
    expect((await getTokenReminders(owner, token.id, now))?.canAcknowledge).toBe(false);
  });

  it("says plainly when nothing is due", async () => {
    const token = await createTokenRecord({ ownerId: owner.id, expiresOn: null });
    await expect(acknowledgeToken(owner, token.id)).rejects.toThrow(
      "Nothing is due on this token, so there is nothing to be on.",
    );
  });
});
