import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { InvalidInputError, ForbiddenError } = await import("@/lib/errors");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");
const { sweepReminders } = await import("@/lib/reminders/sweep-reminders");
const { readStatusClock } = await import("@/lib/tokens/read-status-clock");
const { statusSelect, tokenStatus } = await import("@/lib/tokens/token-status");
const { readOrganisationTime } = await import("./read-organisation-time");
const { saveOrganisationTime } = await import("./save-organisation-time");
const { organisationTimeSettingKey, serverTimeZone } = await import("./organisation-time");
const { readSettingVersion } = await import("./setting-version");
const { ConflictError } = await import("@/lib/errors");

/** Saves as an admin whose Settings page was opened just now. */
const saveNow = async (actor: typeof admin, input: { timeZone: string; reminderHour: string }) =>
  saveOrganisationTime(actor, input, await readSettingVersion(organisationTimeSettingKey));

afterAll(() => catcher.stop());

const admin = await createPerson({ role: "admin", name: "Ada Admin", email: "ada@example.test" });
const owner = await createPerson({ role: "editor", name: "Olga Owner", email: "olga@example.test" });
const backup = await createPerson({ role: "editor", name: "Finn Backup", email: "finn@example.test" });

beforeEach(async () => {
  await db.reminderDelivery.deleteMany();
  await db.token.deleteMany();
  await db.setting.deleteMany({ where: { key: "organisation.time" } });
  await catcher.clear();
});

/** Which step each of `times` claims for a token expiring on 12 Dec 2026 that was never reminded before. */
async function stepsClaimedAt(times: string[]) {
  const token = await createTokenRecord({
    name: "HubSpot reporting key",
    service: "HubSpot",
    ownerId: owner.id,
    backupId: backup.id,
    expiresOn: new Date("2026-12-12T00:00:00Z"),
  });
  const claimed: string[] = [];
  for (const time of times) {
    await sweepReminders(new Date(time));
    const steps = await db.reminderDelivery.findMany({
      where: { tokenId: token.id, recipientId: owner.id },
      orderBy: { createdAt: "asc" },
      select: { step: true },
    });
    claimed.push(steps.map((row) => row.step).join(" "));
  }
  return claimed;
}

const statusAt = async (time: string) => {
  const token = await db.token.findFirstOrThrow({ select: statusSelect });
  return tokenStatus(token, await readStatusClock(new Date(time)));
};

describe("the organisation's time zone", () => {
  it("is the server's zone with reminders at 09:00 until an admin chooses; saving is audited and checked", async () => {
    expect(await readOrganisationTime()).toEqual({ timeZone: serverTimeZone(), reminderHour: 9 });
    await saveNow(admin, { timeZone: "Pacific/Auckland", reminderHour: "8" });
    expect(await readOrganisationTime()).toEqual({ timeZone: "Pacific/Auckland", reminderHour: 8 });
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "settings.organisation_time_changed" } }),
    ).toMatchObject({ actorId: admin.id, after: { timeZone: "Pacific/Auckland", reminderHour: 8 } });

    const refused = (input: { timeZone?: string; reminderHour?: string }) =>
      readSettingVersion(organisationTimeSettingKey)
        .then((version) => saveOrganisationTime(admin, input as never, version))
        .then(
          () => null,
          (error: unknown) => (error instanceof InvalidInputError ? error.fields : error),
        );
    expect(await refused({ timeZone: "Mars/Olympus", reminderHour: "9" })).toEqual({
      timeZone: "Choose a time zone from the list, such as Europe/Berlin.",
    });
    expect(await refused({ timeZone: "UTC", reminderHour: "25" })).toEqual({
      reminderHour: "Choose an hour from 0 to 23.",
    });
    expect(await refused({ timeZone: "UTC" })).toEqual({ reminderHour: "Choose the hour reminders go out." });
    await expect(saveNow(owner, { timeZone: "UTC", reminderHour: "9" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await readOrganisationTime()).toEqual({ timeZone: "Pacific/Auckland", reminderHour: 8 });
  });

  it("refuses a save from a Settings page opened before another admin's, so neither overwrites the other unseen", async () => {
    const other = await createPerson({ role: "admin", name: "Bo Other-Admin" });
    const openedByAda = await readSettingVersion(organisationTimeSettingKey);
    const openedByBo = await readSettingVersion(organisationTimeSettingKey);
    expect(openedByAda).toBe("");
    await saveOrganisationTime(other, { timeZone: "Europe/Berlin", reminderHour: "7" }, openedByBo);
    const refusal = await saveOrganisationTime(
      admin,
      { timeZone: "America/Los_Angeles", reminderHour: "9" },
      openedByAda,
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as Error).message).toMatch(
      /^Bo Other-Admin changed the time zone at \d+ \w+ \d{4}, \d\d:\d\d Europe\/Berlin, after you opened this form.* Nothing was saved/,
    );
    expect(await readOrganisationTime()).toEqual({ timeZone: "Europe/Berlin", reminderHour: 7 });

    // Opened after Bo's save, Ada's save goes through; her older page, and a form without a version, stay refused.
    const reopened = await readSettingVersion(organisationTimeSettingKey);
    await saveOrganisationTime(admin, { timeZone: "America/Los_Angeles", reminderHour: "9" }, reopened);
    await expect(saveOrganisationTime(other, { timeZone: "UTC", reminderHour: "9" }, reopened)).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(saveOrganisationTime(other, { timeZone: "UTC", reminderHour: "9" }, undefined)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await readOrganisationTime()).toEqual({ timeZone: "America/Los_Angeles", reminderHour: 9 });
    expect(
      await db.auditEvent.count({
        where: { action: "settings.organisation_time_changed", recordId: organisationTimeSettingKey },
      }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("in Los Angeles: at 16:00 on 11 Dec a token expiring 12 Dec expires tomorrow, and the on-the-day reminder comes at 09:00 on 12 Dec", async () => {
    await saveNow(admin, { timeZone: "America/Los_Angeles", reminderHour: "9" });
    // 16:00 on 11 Dec in California is already 00:00 on 12 Dec in UTC.
    const steps = await stepsClaimedAt(["2026-12-12T00:00:00Z", "2026-12-12T16:59:00Z", "2026-12-12T17:00:00Z"]);
    expect(steps).toEqual(["before-1", "before-1", "before-1 before-0"]);
    const subjects = (await catcher.messages())
      .filter((mail) => mail.to.includes("olga@example.test"))
      .map((mail) => mail.subject);
    expect(subjects).toEqual([
      "HubSpot reporting key expires tomorrow (12 Dec)",
      "HubSpot reporting key expires today (12 Dec)",
    ]);
    expect(await statusAt("2026-12-12T00:00:00Z")).toBe("expiring_soon");
    expect(await statusAt("2026-12-13T07:59:00Z")).toBe("expiring_soon");
    expect(await statusAt("2026-12-13T08:00:00Z")).toBe("expired");
  });

  it("in Auckland: the on-the-day reminder comes at 09:00 on 12 Dec there, while UTC is still on 11 Dec", async () => {
    await saveNow(admin, { timeZone: "Pacific/Auckland", reminderHour: "9" });
    // 23:00 on 11 Dec, 08:59 and 09:00 on 12 Dec in Auckland.
    const steps = await stepsClaimedAt(["2026-12-11T10:00:00Z", "2026-12-11T19:59:00Z", "2026-12-11T20:00:00Z"]);
    expect(steps).toEqual(["before-1", "before-1", "before-1 before-0"]);
    const subjects = (await catcher.messages())
      .filter((mail) => mail.to.includes("olga@example.test"))
      .map((mail) => mail.subject);
    expect(subjects).toEqual([
      "HubSpot reporting key expires tomorrow (12 Dec)",
      "HubSpot reporting key expires today (12 Dec)",
    ]);
    expect(await statusAt("2026-12-12T10:59:00Z")).toBe("expiring_soon");
    expect(await statusAt("2026-12-12T11:00:00Z")).toBe("expired");
  });
});
