// Server actions check their whole input before anything else: an object where an id belongs, or a
// megabyte of it, is refused with a plain message and never reaches the session lookup or the database.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { resetTeamCalendarAction } from "@/lib/calendar/actions";
import { changeRoleAction, invitePersonAction, setPersonActiveAction } from "@/lib/people/actions";
import { saveReminderScheduleAction } from "@/lib/reminders/actions";
import { saveRunbookAction } from "@/lib/runbooks/actions";
import { setStepCheckedAction } from "@/lib/runs/actions";
import { deleteTeamAction, renameTeamAction } from "@/lib/teams/actions";
import { retireTokenAction, updateTokenAction } from "@/lib/tokens/actions";
import { readImportFileAction } from "@/lib/import/actions";

// Reaching the session lookup at all would mean the input got past the door.
vi.mock("@/lib/auth/current-actor", () => ({
  currentActor: async () => {
    throw new Error("The session was looked up before the input was checked.");
  },
  clientAddress: () => "unknown",
}));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const megabyte = "x".repeat(1_000_000);
const tokenInput = {
  name: "Key",
  service: "HubSpot",
  purpose: "Reports",
  environment: "production",
  secretLocation: "1Password",
  criticality: "low",
};

describe("server actions at the door", () => {
  it.each([
    ["a 1 MB team id", () => deleteTeamAction({}, form({ teamId: megabyte }))],
    ["a missing team id", () => resetTeamCalendarAction({}, form({}))],
    ["a 1 MB person id", () => setPersonActiveAction({}, form({ personId: megabyte, active: "false" }))],
    ["an invitation without a role", () => invitePersonAction({}, form({ name: "Ann", email: "ann@example.test" }))],
    ["an unknown active value", () => setPersonActiveAction({}, form({ personId: "abc", active: "maybe" }))],
    [
      "a repeated token id",
      () =>
        retireTokenAction(
          {},
          (() => {
            const data = form({ tokenId: "a" });
            data.append("tokenId", "b");
            return data;
          })(),
        ),
    ],
    [
      "an object where a token id belongs",
      () => updateTokenAction({ not: "an id" } as unknown as string, {}, form(tokenInput)),
    ],
    [
      "an object where the token form belongs",
      () => updateTokenAction("t", {}, { ...tokenInput, version: "1" } as unknown as FormData),
    ],
    ["an object where a form belongs", () => deleteTeamAction({}, { teamId: "t" } as unknown as FormData)],
    ["a token save without the version its form was opened at", () => updateTokenAction("t", {}, form(tokenInput))],
    [
      "a runbook save without a version",
      () =>
        saveRunbookAction(
          "t",
          { generateSteps: ["A"], replaceSteps: ["B"], verifySteps: ["C"], rollbackSteps: ["D"] },
          undefined as unknown as string,
        ),
    ],
    [
      "a team rename without the name it was opened with",
      () => renameTeamAction({}, form({ teamId: "t", name: "New" })),
    ],
    [
      "a role change without the role it was opened with",
      () => changeRoleAction({}, form({ personId: "p", role: "editor" })),
    ],
    [
      "a schedule save without its version",
      () => saveReminderScheduleAction({}, form({ daysBefore: "7", criticalDaysBefore: "", overdueEveryDays: "2" })),
    ],
    ["a step number that is not a number", () => setStepCheckedAction("t", "r", "1; DROP" as unknown as number, true)],
  ])("refuses %s with a plain message and no audit row", async (_name, call) => {
    const before = await db.auditEvent.count();
    const state = await call();
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/Reload the page|need fixing/) });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("reads an object where the import's file form belongs as no file chosen", async () => {
    const state = await readImportFileAction({ file: "x" } as unknown as FormData);
    expect(state).toMatchObject({ ok: false, fields: { file: expect.stringMatching(/file/i) } });
  });
});
