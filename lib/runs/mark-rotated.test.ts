import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/errors";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { markRotated } from "./mark-rotated";
import { startRun } from "./start-run";

const now = new Date("2026-12-01T10:00:00Z");
let owner: Actor;
let stranger: Actor;

beforeAll(async () => {
  [owner, stranger] = await Promise.all([
    createPerson({ role: "editor", name: "Finn Larsen" }),
    createPerson({ role: "editor" }),
  ]);
});

describe("marking a token rotated (the API's finish path)", () => {
  it("records a completed rotation run, the new dates and the same history as a finished run", async () => {
    const token = await createTokenRecord({ ownerId: owner.id, expiresOn: new Date("2026-12-05T00:00:00Z") });
    const { token: after } = await markRotated(
      owner,
      token.id,
      { newExpiresOn: "2027-06-01", signOffNote: "Deploy is green" },
      now,
    );
    expect(after).toMatchObject({
      expiresOn: new Date("2027-06-01T00:00:00Z"),
      lastRotatedOn: new Date("2026-12-01T00:00:00Z"),
    });
    expect(await db.rotationRun.findFirstOrThrow({ where: { tokenId: token.id } })).toMatchObject({
      kind: "rotation",
      status: "completed",
      activeTokenId: null,
      signOffNote: "Deploy is green",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { recordId: token.id, action: "token.rotated" } });
    expect(audit.after).toMatchObject({
      expiresOn: "2027-06-01",
      finishedBy: "Finn Larsen",
      signOffNote: "Deploy is green",
    });
  });

  it("refuses while a run is in progress, for a leaked token, for someone else's token, and without a sign-off note", async () => {
    const running = await createTokenRecord({ ownerId: owner.id });
    await db.runbook.create({
      data: { tokenId: running.id, generateSteps: ["Make it"], replaceSteps: [], verifySteps: [], rollbackSteps: [] },
    });
    await startRun(owner, running.id, "rotation", now);
    await expect(
      markRotated(owner, running.id, { newExpiresOn: "2027-06-01", signOffNote: "ok" }, now),
    ).rejects.toBeInstanceOf(ConflictError);

    const leaked = await createTokenRecord({ ownerId: owner.id, state: "compromised", compromisedAt: now });
    await expect(
      markRotated(owner, leaked.id, { newExpiresOn: "2027-06-01", signOffNote: "ok" }, now),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      markRotated(stranger, leaked.id, { newExpiresOn: "2027-06-01", signOffNote: "ok" }, now),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markRotated(owner, leaked.id, { newExpiresOn: "2027-06-01" }, now)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await db.rotationRun.count({ where: { tokenId: leaked.id } })).toBe(0);
  });
});
