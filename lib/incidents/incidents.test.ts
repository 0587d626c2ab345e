import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { saveRunbook } from "@/lib/runbooks/save-runbook";
import { finishRun } from "@/lib/runs/finish-run";
import { getActiveRun } from "@/lib/runs/get-run";
import { startRun } from "@/lib/runs/start-run";
import { setStepChecked } from "@/lib/runs/tick-step";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { listAwaitingReplacement } from "./list-incidents";
import { markRevoked } from "./mark-revoked";
import { reportCompromised } from "./report-compromised";
import { describeTimeToRevoke } from "./time-to-revoke";

let owner: Actor;
let backup: Actor;
let viewer: Actor;
let admins: Actor[];
const reportedAt = new Date("2026-12-01T10:00:00Z");
const minutesLater = (minutes: number) => new Date(reportedAt.getTime() + minutes * 60_000);

beforeAll(async () => {
  [owner, backup, viewer] = await Promise.all([
    createPerson({ role: "editor", name: "Olive Owner" }),
    createPerson({ role: "editor", name: "Bea Backup" }),
    createPerson({ role: "viewer", name: "Vic Viewer" }),
  ]);
  admins = await Promise.all([createPerson({ role: "admin" }), createPerson({ role: "admin" })]);
  await createPerson({ role: "admin", active: false, email: `gone-${Math.random()}@example.test` });
});

describe("a leaked token", () => {
  it("anyone signed in reports it; owner, backup and every active admin are alerted in the same commit", async () => {
    const token = await createTokenRecord({ ownerId: owner.id, backupId: backup.id, name: `Leaky ${Math.random()}` });
    await reportCompromised(viewer, token.id, { note: "Posted in #general" }, reportedAt);
    const after = await db.token.findUniqueOrThrow({ where: { id: token.id } });
    expect(after).toMatchObject({
      state: "compromised",
      compromisedAt: reportedAt,
      compromiseNote: "Posted in #general",
    });

    const alerts = await db.outboxMessage.findMany({
      where: { kind: "compromise-alert", subject: { contains: token.name } },
    });
    const activeAdmins = await db.user.findMany({ where: { role: "admin", active: true } });
    expect(alerts.map((a) => a.to).sort()).toEqual(
      [owner.email, backup.email, ...activeAdmins.map((a) => a.email)].sort(),
    );
    expect(alerts[0].text).toContain("Vic Viewer reported");
    expect(alerts[0].text).toContain(`/tokens/${token.id}/runbook/emergency`);
    expect(alerts[0].text).toContain("Switch the token off at the provider");
    expect(admins.every((admin) => alerts.some((a) => a.to === admin.email))).toBe(true);
    await expect(reportCompromised(viewer, token.id, {}, reportedAt)).rejects.toThrow(ConflictError);
  });

  it("refuses a note that holds the leaked secret itself", async () => {
    const token = await createTokenRecord({ ownerId: owner.id });
    const error = (await reportCompromised(viewer, token.id, {
      note: `It was ghp_${"a1B2c3D4e5".repeat(3)}abcdef`,
    }).catch((e: unknown) => e)) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((await db.token.findUniqueOrThrow({ where: { id: token.id } })).state).toBe("active");
  });

  it("revoke first, then replace: the emergency run cannot be signed off until revoked; time to revoke is kept", async () => {
    const token = await createTokenRecord({ ownerId: owner.id, backupId: backup.id });
    await saveRunbook(
      owner,
      token.id,
      {
        generateSteps: ["Make it"],
        replaceSteps: ["Put it in place"],
        verifySteps: ["Check it"],
        rollbackSteps: ["Undo"],
      },
      "",
    );
    await reportCompromised(viewer, token.id, {}, reportedAt);
    await expect(startRun(owner, token.id, "rotation", reportedAt)).rejects.toThrow(/follow the emergency path/);

    const run = await startRun(owner, token.id, "emergency", minutesLater(5));
    const checklist = (await getActiveRun(viewer, token.id))!.checklist;
    expect(checklist[0]).toMatchObject({ section: "revoke" });
    expect(checklist).toHaveLength(4);
    for (let index = 0; index < 4; index++) await setStepChecked(owner, run.id, index, true, minutesLater(10));
    await expect(
      finishRun(owner, run.id, { newExpiresOn: "2027-12-01", signOffNote: "Report works" }, minutesLater(20)),
    ).rejects.toThrow(/not been marked revoked yet/);

    await expect(markRevoked(owner, token.id, { reason: "" }, minutesLater(42))).rejects.toThrow(InvalidInputError);
    const revoked = await markRevoked(backup, token.id, { reason: "Deleted in the console" }, minutesLater(42));
    expect(revoked).toMatchObject({ state: "revoked", revokeReason: "Deleted in the console" });
    expect(describeTimeToRevoke(revoked)).toBe("Revoked 42 minutes after it was reported");

    await finishRun(owner, run.id, { newExpiresOn: "2027-12-01", signOffNote: "Report works" }, minutesLater(60));
    const replaced = await db.token.findUniqueOrThrow({ where: { id: token.id } });
    expect(replaced).toMatchObject({ state: "active", compromisedAt: reportedAt, revokedAt: minutesLater(42) });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { recordId: token.id, action: "token.replaced_after_leak" },
    });
    expect(event.after).toMatchObject({ startedBy: "Olive Owner", finishedBy: "Olive Owner" });
  });

  it("home waits for a replacement only of a token revoked after a leak, not of one simply switched off", async () => {
    const leaked = await createTokenRecord({ ownerId: owner.id, name: `Leaked ${Math.random()}` });
    const retiredKey = await createTokenRecord({ ownerId: owner.id, name: `No longer used ${Math.random()}` });
    await reportCompromised(viewer, leaked.id, {}, reportedAt);
    await markRevoked(owner, leaked.id, { reason: "Deleted in the console" }, minutesLater(5));
    await markRevoked(owner, retiredKey.id, { reason: "Nothing uses it any more" }, minutesLater(6));

    const waiting = (await listAwaitingReplacement(viewer, minutesLater(10))).map((token) => token.name);
    expect(waiting).toContain(leaked.name);
    expect(waiting).not.toContain(retiredKey.name);
  });
});
