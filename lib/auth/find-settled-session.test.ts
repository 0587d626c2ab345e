import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readDataVersion } from "@/lib/page-cache/read-data-version";
import { createPerson } from "@/prisma/factories";
import { findSettledSession } from "./find-settled-session";
import { sessionLifetime } from "./session-settings";

const now = new Date("2026-12-01T09:00:00Z");
const day = 24 * 3600_000;

async function sessionEnding(userId: string, expires: Date) {
  const sessionToken = randomBytes(16).toString("hex");
  await db.session.create({ data: { sessionToken, userId, expires } });
  return sessionToken;
}

describe("a session read in one statement", () => {
  it("gives the person of a session that needs nothing done, as Auth.js's session callback does, and the data version", async () => {
    const person = await createPerson({ name: "Sam Settled", role: "editor" });
    const fresh = await sessionEnding(person.id, new Date(now.getTime() + sessionLifetime.maxAgeSeconds * 1000));
    expect(await findSettledSession(fresh, now)).toEqual({
      person: { id: person.id, email: person.email, name: "Sam Settled", role: "editor", active: true },
      dataVersion: await readDataVersion(),
    });
    const inactive = await createPerson({ active: false });
    const theirs = await sessionEnding(inactive.id, new Date(now.getTime() + 29.5 * day));
    expect((await findSettledSession(theirs, now))?.person.active).toBe(false);
    // A change after the read moves the version the next read gives.
    const before = (await findSettledSession(fresh, now))!.dataVersion;
    await createPerson();
    expect((await findSettledSession(fresh, now))!.dataVersion).toBeGreaterThan(before);
  });

  it("leaves to Auth.js a session due for renewal, an expired one and an unknown token", async () => {
    const person = await createPerson();
    const renewAt = now.getTime() + (sessionLifetime.maxAgeSeconds - sessionLifetime.renewEverySeconds) * 1000;
    expect(await findSettledSession(await sessionEnding(person.id, new Date(renewAt)), now)).toBeUndefined();
    expect(await findSettledSession(await sessionEnding(person.id, new Date(renewAt + 1000)), now)).toBeDefined();
    expect(
      await findSettledSession(await sessionEnding(person.id, new Date(now.getTime() - 1000)), now),
    ).toBeUndefined();
    expect(await findSettledSession("no-such-session", now)).toBeUndefined();
  });
});
