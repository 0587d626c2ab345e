import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { saveRunbook } from "@/lib/runbooks/save-runbook";
import { retireToken } from "@/lib/tokens/retire-token";
import { getTokenHistory } from "@/lib/tokens/token-history";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { abandonRun, rollBackRun } from "./end-run-early";
import { finishRun } from "./finish-run";
import { getActiveRun, listPastRuns } from "./get-run";
import { startRun } from "./start-run";
import { setStepChecked } from "./tick-step";

let owner: Actor;
let backup: Actor;
let viewer: Actor;
const now = new Date("2026-12-01T09:00:00Z");
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

const runbook = {
  generateSteps: ["Open the console", "Create a key"],
  replaceSteps: ["Put it in the vault", "Swap it in Zapier"],
  verifySteps: ["Refresh the report", "Delete the old key"],
  rollbackSteps: ["Put the old key back"],
};

async function tokenWithRunbook() {
  const token = await createTokenRecord({
    ownerId: owner.id,
    backupId: backup.id,
    expiresOn: new Date("2026-12-10T00:00:00Z"),
    issuedOn: new Date("2025-12-10T00:00:00Z"),
  });
  await saveRunbook(owner, token.id, runbook, "");
  return token;
}

async function tickAll(actor: Actor, runId: string, total: number) {
  for (let index = 0; index < total; index++) await setStepChecked(actor, runId, index, true, now);
}

beforeAll(async () => {
  [owner, backup, viewer] = await Promise.all([
    createPerson({ role: "editor", name: "Olive Owner" }),
    createPerson({ role: "editor", name: "Bea Backup" }),
    createPerson({ role: "viewer" }),
  ]);
});

describe("rotation runs", () => {
  it("retiring a token ends its open run; finishing that run afterwards is refused and the token stays retired", async () => {
    const token = await tokenWithRunbook();
    const run = await startRun(owner, token.id, "rotation", now);
    await tickAll(owner, run.id, 6);
    await retireToken(backup, token.id, now);
    expect(await db.rotationRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      status: "abandoned",
      rollbackReason: expect.stringContaining("retired"),
    });
    await expect(
      finishRun(owner, run.id, { newExpiresOn: "2027-12-10", signOffNote: "Done" }, now),
    ).rejects.toBeTruthy();
    expect(await db.token.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      state: "retired",
      expiresOn: new Date("2026-12-10T00:00:00Z"),
    });
  });

  it("a run finished on a token retired underneath it is refused, never reviving it", async () => {
    const token = await tokenWithRunbook();
    const run = await startRun(owner, token.id, "rotation", now);
    await tickAll(owner, run.id, 6);
    // As if the retirement landed without ending the run (data from before this rule).
    await db.token.update({ where: { id: token.id }, data: { state: "retired" } });
    await expect(
      finishRun(owner, run.id, { newExpiresOn: "2027-12-10", signOffNote: "Done" }, now),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.token.findUniqueOrThrow({ where: { id: token.id } })).state).toBe("retired");
  });

  it("the owner ticks half, the backup finishes: new dates, both names in the history, one transaction", async () => {
    const token = await tokenWithRunbook();
    const run = await startRun(owner, token.id, "rotation", now);
    for (const index of [0, 1, 2]) await setStepChecked(owner, run.id, index, true, now);

    const seen = await getActiveRun(viewer, token.id);
    expect(seen).toMatchObject({ startedBy: "Olive Owner", done: 3, total: 6 });
    expect(seen?.checklist[0].checked).toMatchObject({ by: "Olive Owner" });

    for (const index of [3, 4, 5]) await setStepChecked(backup, run.id, index, true, now);
    await finishRun(
      backup,
      run.id,
      { newExpiresOn: "2027-12-10", signOffNote: "The Monday report loaded fresh numbers" },
      now,
    );

    const after = await db.token.findUniqueOrThrow({ where: { id: token.id } });
    expect({
      expiresOn: day(after.expiresOn),
      issuedOn: day(after.issuedOn),
      lastRotatedOn: day(after.lastRotatedOn),
      state: after.state,
    }).toEqual({
      expiresOn: "2027-12-10",
      issuedOn: "2026-12-01",
      lastRotatedOn: "2026-12-01",
      state: "active",
    });
    expect(await getActiveRun(viewer, token.id)).toBeNull();
    const [past] = await listPastRuns(viewer, token.id);
    expect(past).toMatchObject({
      status: "completed",
      startedBy: "Olive Owner",
      finishedBy: "Bea Backup",
      signOffNote: "The Monday report loaded fresh numbers",
    });

    const history = await getTokenHistory(viewer, token.id);
    // Starting the run also said "I'm on it" for Olive, in the same transaction.
    expect(history.slice(0, 3).map((e) => [e.action, e.who.name])).toEqual([
      ["token.rotated", "Bea Backup"],
      ["reminder.acknowledged", "Olive Owner"],
      ["run.rotation_started", "Olive Owner"],
    ]);
    expect(history[0].changes.map((change) => change.text)).toEqual(
      expect.arrayContaining(["Expiry date changed from 10 Dec 2026 to 10 Dec 2027"]),
    );
  });

  it("refuses a second run started at the same moment, in plain words naming who is running it", async () => {
    const token = await tokenWithRunbook();
    const results = await Promise.allSettled([
      startRun(owner, token.id, "rotation", now),
      startRun(backup, token.id, "rotation", now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(refused.reason.message).toMatch(
      /^(Olive Owner|Bea Backup) started a rotation of this token on .*still in progress/,
    );
    expect(await db.rotationRun.count({ where: { tokenId: token.id } })).toBe(1);
  });

  it("keeps the steps it started with when the runbook is edited mid-run", async () => {
    const token = await tokenWithRunbook();
    await startRun(owner, token.id, "rotation", now);
    const opened = (await db.runbook.findUniqueOrThrow({ where: { tokenId: token.id } })).updatedAt.toISOString();
    await saveRunbook(owner, token.id, { ...runbook, generateSteps: ["A completely new first step"] }, opened);
    const run = await getActiveRun(viewer, token.id);
    expect(run?.checklist.map((s) => s.text)).toEqual([
      "Open the console",
      "Create a key",
      "Put it in the vault",
      "Swap it in Zapier",
      "Refresh the report",
      "Delete the old key",
    ]);
  });

  it("will not finish before every step is ticked, nor with a past expiry date or a secret in the note", async () => {
    const token = await tokenWithRunbook();
    const run = await startRun(owner, token.id, "rotation", now);
    await setStepChecked(owner, run.id, 0, true, now);
    await expect(finishRun(owner, run.id, { newExpiresOn: "2027-12-10", signOffNote: "ok" }, now)).rejects.toThrow(
      "Tick every step before finishing: 5 steps are not ticked yet.",
    );
    await tickAll(owner, run.id, 6);
    const past = (await finishRun(owner, run.id, { newExpiresOn: "2026-11-01", signOffNote: "ok" }, now).catch(
      (e: unknown) => e,
    )) as InvalidInputError;
    expect(past.fields.newExpiresOn).toMatch(/must be after today/);
    const missing = (await finishRun(owner, run.id, { newExpiresOn: "2027-12-10" }, now).catch(
      (e: unknown) => e,
    )) as InvalidInputError;
    expect(missing.fields.signOffNote).toMatch(/Say how you checked/);
    const secret = (await finishRun(
      owner,
      run.id,
      { newExpiresOn: "2027-12-10", signOffNote: `Used sk_live_${"4eC39HqLyjWDarjtT1zdp7dc".repeat(2)}` },
      now,
    ).catch((e: unknown) => e)) as InvalidInputError;
    expect(secret.fields.signOffNote).toMatch(/looks like it contains the secret itself/);
    expect(day((await db.token.findUniqueOrThrow({ where: { id: token.id } })).expiresOn)).toBe("2026-12-10");
  });

  it("a practice run changes no dates and records when the runbook was last tested", async () => {
    const token = await tokenWithRunbook();
    const run = await startRun(owner, token.id, "practice", now);
    await tickAll(backup, run.id, 6);
    await finishRun(backup, run.id, { signOffNote: "Steps still match the console" }, now);
    const after = await db.token.findUniqueOrThrow({ where: { id: token.id } });
    expect({
      expiresOn: day(after.expiresOn),
      issuedOn: day(after.issuedOn),
      lastRotatedOn: after.lastRotatedOn,
      runbookTestedAt: after.runbookTestedAt,
    }).toEqual({
      expiresOn: "2026-12-10",
      issuedOn: "2025-12-10",
      lastRotatedOn: null,
      runbookTestedAt: now,
    });
  });

  it("rolling back needs a reason and leaves the dates alone; abandoning frees the token for a new run", async () => {
    const token = await tokenWithRunbook();
    const run = await startRun(owner, token.id, "rotation", now);
    await expect(rollBackRun(owner, run.id, { reason: "" }, now)).rejects.toThrow(InvalidInputError);
    await rollBackRun(owner, run.id, { reason: "Zapier rejected the new key" }, now);
    await expect(setStepChecked(owner, run.id, 0, true, now)).rejects.toThrow(/already ended/);
    const again = await startRun(backup, token.id, "rotation", now);
    await abandonRun(backup, again.id, {}, now);
    const runs = await listPastRuns(viewer, token.id);
    expect(runs.map((r) => [r.status, r.reason])).toEqual(
      expect.arrayContaining([
        ["rolled_back", "Zapier rejected the new key"],
        ["abandoned", null],
      ]),
    );
    expect(day((await db.token.findUniqueOrThrow({ where: { id: token.id } })).expiresOn)).toBe("2026-12-10");
  });

  it("needs a runbook to start, and refuses a run that does not fit the token's state", async () => {
    const bare = await createTokenRecord({ ownerId: owner.id });
    await expect(startRun(owner, bare.id, "rotation", now)).rejects.toThrow(
      "This token has no runbook yet. Start one from a template first.",
    );
    const token = await tokenWithRunbook();
    await expect(startRun(owner, token.id, "emergency", now)).rejects.toThrow(
      /only for a token that was reported as compromised/,
    );
  });
});
