// Every edit form of a shared record carries the version it was opened at: a save without one is
// refused, and a save from a form opened before someone else's change is refused with who changed
// what, while their change stays.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { changeRole } from "@/lib/people/change-role";
import { readReminderSchedule } from "@/lib/reminders/read-reminder-schedule";
import { reminderScheduleSettingKey } from "@/lib/reminders/reminder-schedule";
import { getReminderSchedule, saveReminderSchedule } from "@/lib/reminders/save-reminder-schedule";
import { readSettingVersion } from "@/lib/settings/setting-version";
import { renameTeam } from "@/lib/teams/manage-teams";
import { createPerson, createTeam } from "@/prisma/factories";

const ada = await createPerson({ role: "admin", name: "Ada Admin" });
const bea = await createPerson({ role: "admin", name: "Bea Admin" });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as Error,
  );

describe("Settings: the reminder schedule", () => {
  it("two admins open Settings; the second save is refused with the first one's change, which stays", async () => {
    const opened = (await getReminderSchedule(ada)).version;
    expect(opened).toBe(await readSettingVersion(reminderScheduleSettingKey));
    await saveReminderSchedule(ada, { daysBefore: "21, 7", criticalDaysBefore: "", overdueEveryDays: "2" }, opened);
    const stale = await refusal(
      saveReminderSchedule(bea, { daysBefore: "30", criticalDaysBefore: "", overdueEveryDays: "5" }, opened),
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale?.message).toMatch(
      /Ada Admin changed the reminder schedule at .*\(Reminder days before the due date: 21, 7 days; .*\)\. Nothing was saved/,
    );
    expect(await readReminderSchedule()).toMatchObject({ daysBefore: [21, 7], overdueEveryDays: 2 });
    const fresh = (await getReminderSchedule(bea)).version;
    await expect(
      saveReminderSchedule(bea, { daysBefore: "30", criticalDaysBefore: "", overdueEveryDays: "5" }, fresh),
    ).resolves.toMatchObject({ daysBefore: [30] });
  });

  it("a save that does not say which version it changes is refused", async () => {
    const before = await readReminderSchedule();
    const error = await refusal(
      saveReminderSchedule(
        ada,
        { daysBefore: "1", criticalDaysBefore: "", overdueEveryDays: "1" },
        undefined as unknown as string,
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(await readReminderSchedule()).toEqual(before);
  });
});

describe("Teams: renaming", () => {
  it("a rename from a page that showed the old name is refused and names who renamed it", async () => {
    const team = await createTeam("Marketing");
    await renameTeam(ada, team.id, { name: "Growth", openedName: "Marketing" });
    const stale = await refusal(renameTeam(bea, team.id, { name: "Brand", openedName: "Marketing" }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale?.message).toMatch(/Ada Admin changed this team .*\(Name changed from Marketing to Growth\)/);
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe("Growth");
    await expect(
      refusal(renameTeam(bea, team.id, { name: "Brand" } as { name: string; openedName: string })),
    ).resolves.toBeInstanceOf(InvalidInputError);
  });
});

describe("People: changing a role", () => {
  it("a role change from a page that showed the old role is refused and says what the other admin chose", async () => {
    const finn = await createPerson({ role: "viewer", name: "Finn" });
    await changeRole(ada, { personId: finn.id, role: "editor", openedRole: "viewer" });
    const stale = await refusal(changeRole(bea, { personId: finn.id, role: "admin", openedRole: "viewer" }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale?.message).toMatch(/Ada Admin changed Finn's role .*\(Role changed from viewer to editor\)/);
    expect((await db.user.findUniqueOrThrow({ where: { id: finn.id } })).role).toBe("editor");
  });
});
