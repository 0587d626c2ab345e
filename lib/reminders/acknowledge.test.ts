import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { saveRunbook } from "@/lib/runbooks/save-runbook";
import { startRun } from "@/lib/runs/start-run";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { acknowledgeByLink } from "./acknowledge-token";

const asActor = (person: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({
  id: person.id,
  email: person.email,
  name: person.name,
  role: person.role,
});
const expiresOn = new Date("2026-12-12T00:00:00Z");

describe("“I'm on it” means someone is", () => {
  it("an old link stops working once its person no longer owns or backs up the token", async () => {
    const olga = await createPerson({ role: "editor" });
    const finn = await createPerson({ role: "editor" });
    const bea = await createPerson({ role: "editor" });
    const token = await createTokenRecord({ ownerId: olga.id, backupId: finn.id, expiresOn });
    await db.token.update({ where: { id: token.id }, data: { backupId: bea.id } });
    await expect(
      acknowledgeByLink({ tokenId: token.id, dueOn: "2026-12-12", personId: finn.id }, {}),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.acknowledgement.count({ where: { tokenId: token.id } })).toBe(0);
    await acknowledgeByLink({ tokenId: token.id, dueOn: "2026-12-12", personId: bea.id }, {});
    expect(await db.acknowledgement.count({ where: { tokenId: token.id, personId: bea.id } })).toBe(1);
  });

  it("starting a rotation run acknowledges for its person, audited with the run", async () => {
    const owner = asActor(await createPerson({ role: "editor" }));
    const token = await createTokenRecord({ ownerId: owner.id, expiresOn });
    await saveRunbook(
      owner,
      token.id,
      {
        generateSteps: ["Open the console"],
        replaceSteps: ["Swap it"],
        verifySteps: ["Check it"],
        rollbackSteps: ["Put it back"],
      },
      "",
    );
    await startRun(owner, token.id, "rotation", new Date("2026-12-09T09:00:00Z"));
    expect(
      await db.acknowledgement.findMany({ where: { tokenId: token.id }, select: { personId: true, dueOn: true } }),
    ).toEqual([{ personId: owner.id, dueOn: expiresOn }]);
    expect(
      await db.auditEvent.count({ where: { action: "reminder.acknowledged", recordId: token.id, actorId: owner.id } }),
    ).toBe(1);
  });
});
