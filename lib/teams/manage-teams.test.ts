import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { createPerson } from "@/prisma/factories";
import { createTeam, renameTeam } from "./manage-teams";

const admin = await createPerson({ role: "admin" });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as Error,
  );

/** `name` with the letters whose `upper` is true in capitals and the rest in small letters. */
const recased = (name: string, upper: boolean[]) =>
  [...name].map((letter, i) => (upper[i] ? letter.toUpperCase() : letter.toLowerCase())).join("");

describe("team names", () => {
  it("a name another team has, in any case and with spaces around it, is refused when adding and renaming", async () => {
    const marketing = await createTeam(admin, { name: "Marketing" });
    const sales = await createTeam(admin, { name: "Sales" });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        fc.constantFrom("", " ", " \t\u00a0"),
        async (upper, space) => {
          const lookalike = `${space}${recased("Marketing", upper)}${space}`;
          for (const refused of [
            await refusal(createTeam(admin, { name: lookalike })),
            await refusal(renameTeam(admin, sales.id, { name: lookalike, openedName: "Sales" })),
          ]) {
            expect(refused).toBeInstanceOf(ConflictError);
            expect(refused?.message).toBe("There is already a team called “Marketing”.");
          }
        },
      ),
      { numRuns: 30 },
    );
    expect((await db.team.findMany({ orderBy: { name: "asc" } })).map((team) => team.name)).toEqual([
      "Marketing",
      "Sales",
    ]);
    // A team may change the case of its own name.
    await expect(
      renameTeam(admin, marketing.id, { name: "MARKETING", openedName: "Marketing" }),
    ).resolves.toMatchObject({ name: "MARKETING" });
  });
});
