// Every server action and route handler reaches the data through one domain function; the table
// calls each of them directly as every kind of person and checks the server's answer.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { strangerRefusalsPerMinute } from "@/lib/auth/authorize";
import { everyone, given, setUpWorld, type Row } from "./world";

export function checkRows(rows: Row[]) {
  beforeAll(setUpWorld);

  describe.each(rows)("$name", ({ allowed, call }) => {
    it.each(everyone)("as %s", async (who) => {
      const refusalsBefore = await db.auditEvent.count({ where: { action: "authorization.refused" } });
      const before = new Date();
      const strangerRows = (from: Date) =>
        db.auditEvent.count({
          where: {
            action: "authorization.refused",
            actorId: null,
            at: { gt: new Date(from.getTime() - 60_000), lte: before },
          },
        });
      const strangerRowsAtStart = await strangerRows(before);
      // Allowed means the call got past the gate: a result, or a plain domain answer (not found, invalid
      // input, conflict). Anything else is a crash, and fails the row instead of counting as allowed.
      const outcome = await call(given.actors[who]).then(
        () => "allowed",
        (error: unknown) =>
          error instanceof ForbiddenError || error instanceof UnauthenticatedError
            ? "refused"
            : error instanceof DomainError
              ? "allowed"
              : `crashed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
      );
      expect(outcome).toBe(allowed.includes(who) ? "allowed" : "refused");
      const refusalsAfter = await db.auditEvent.count({ where: { action: "authorization.refused" } });
      const recorded = refusalsAfter - refusalsBefore;
      if (outcome !== "refused") expect(recorded).toBe(0);
      else if (who !== "anonymous" || strangerRowsAtStart < strangerRefusalsPerMinute) expect(recorded).toBe(1);
      // Strangers' refusals are kept up to a limit per minute. The call counted its minute at some moment
      // between the two readings; only when the limit was reached at both is it certain none was kept.
      else if ((await strangerRows(new Date())) >= strangerRefusalsPerMinute) expect(recorded).toBe(0);
      else expect(recorded).toBeLessThanOrEqual(1);
    });
  });
}
