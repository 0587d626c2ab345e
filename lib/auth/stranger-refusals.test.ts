import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { authorize, isAdmin, strangerRefusalsPerMinute } from "./authorize";

const strangerRows = () => db.auditEvent.count({ where: { action: "authorization.refused", actorId: null } });

describe("refusals of people who are not signed in", () => {
  it("keep a 1 MB id only in part, and answer with a refusal rather than a crash", async () => {
    const hugeId = "x".repeat(1_000_000);
    await expect(authorize(null, "team.rename", isAdmin, { type: "team", id: hugeId })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    const row = await db.auditEvent.findFirstOrThrow({
      where: { action: "authorization.refused", actorId: null },
      orderBy: { id: "desc" },
    });
    expect(row.recordId!.length).toBeLessThanOrEqual(101);
  });

  it(`are recorded at most ${strangerRefusalsPerMinute} a minute, and still refused after that`, async () => {
    for (let attempt = 0; attempt < strangerRefusalsPerMinute + 10; attempt++) {
      await expect(
        authorize(null, "person.list", isAdmin, { type: "person", id: "y".repeat(3_000) }),
      ).rejects.toBeInstanceOf(UnauthenticatedError);
    }
    expect(await strangerRows()).toBe(strangerRefusalsPerMinute);
  });
});
