// Two clicks on the Automation section's buttons: each answer is plain words, the audit log tells it once.
import { describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "hook-double-submit-secret-long-enough-auth";
process.env.ENCRYPTION_KEY = "hook-double-submit-encryption-key-long-xx";
const { db } = await import("@/lib/db");
const { NotFoundError } = await import("@/lib/errors");
const { setAutomationHook, clearAutomationHook } = await import("./manage-automation-hook");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");
const { daysFromNow } = await import("@/testing/dates");

const row = await createPerson({ role: "editor", name: "Olga Owner" });
const olga = { id: row.id, email: row.email, name: row.name, role: "editor" as const };

describe("automation hook double-submits", () => {
  it("answers a double-click on Remove in words: one removes, the other says there is no hook", async () => {
    for (let round = 0; round < 5; round++) {
      const token = await createTokenRecord({
        name: `Deploy key ${round}`,
        service: "GitHub",
        ownerId: olga.id,
        expiresOn: daysFromNow(20),
      });
      await setAutomationHook(olga, token.id, { url: "https://ci.example.com/hooks/rotate" });
      const results = await Promise.allSettled([
        clearAutomationHook(olga, token.id),
        clearAutomationHook(olga, token.id),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(
        NotFoundError,
      );
      expect(
        await db.auditEvent.count({ where: { recordId: token.id, action: "token.automation_hook_cleared" } }),
      ).toBe(1);
    }
  });

  it("two saves at once: the history tells the second replaced the first, and the stored hook is the last one told", async () => {
    for (let round = 0; round < 5; round++) {
      const token = await createTokenRecord({
        name: `Twin saves ${round}`,
        service: "GitHub",
        ownerId: olga.id,
        expiresOn: daysFromNow(20),
      });
      await Promise.all([
        setAutomationHook(olga, token.id, { url: "https://ci.example.com/hooks/first" }),
        setAutomationHook(olga, token.id, { url: "https://ci.example.com/hooks/other" }),
      ]);
      const rows = await db.auditEvent.findMany({
        where: { recordId: token.id, action: "token.automation_hook_set" },
        orderBy: { id: "asc" },
      });
      expect(rows).toHaveLength(2);
      expect(rows[0].before).toBeNull();
      expect(rows[1].before).toEqual({ automationHook: (rows[0].after as { automationHook: string }).automationHook });
      const stored = await db.automationHook.findUniqueOrThrow({ where: { tokenId: token.id } });
      expect(rows[1].after).toEqual({ automationHook: stored.urlHint });
    }
  });
});
