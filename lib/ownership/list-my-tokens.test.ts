import { expect, it } from "vitest";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { listMyTokens, myTokensShown } from "./list-my-tokens";

const now = new Date("2026-12-05T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

it("lists a busy holder's most urgent tokens, up to the page's number, and links to all of them", async () => {
  const holder = await createPerson({ role: "editor" });
  const backup = await createPerson({ role: "editor" });
  for (let n = 0; n < myTokensShown + 1; n++)
    await createTokenRecord({
      name: `Calm ${n}`,
      ownerId: holder.id,
      backupId: backup.id,
      expiresOn: day("2027-09-01"),
    });
  const expired = await createTokenRecord({ name: "Zz expired", ownerId: holder.id, expiresOn: day("2026-11-01") });

  const mine = await listMyTokens(holder, now);

  expect(myTokensShown).toBe(50);
  expect(mine.total).toBe(myTokensShown + 2);
  expect(mine.tokens).toHaveLength(myTokensShown);
  expect(mine.tokens[0]).toMatchObject({ id: expired.id, status: "expired", role: "owner" });
  expect(mine.allHref).toBe(`/tokens?owner=${holder.id}`);
});
