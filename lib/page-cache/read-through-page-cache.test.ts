import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { readThroughPageCache } from "./read-through-page-cache";

const now = new Date("2026-12-01T09:00:00Z");

/** A page read that counts its runs and reads the person's name from the database. */
function countedRead(personId: string) {
  const read = async () => {
    read.runs += 1;
    return { name: (await db.user.findUniqueOrThrow({ where: { id: personId } })).name, rows: [{ n: 1 }] };
  };
  read.runs = 0;
  return read;
}

describe("page data kept by data version", () => {
  it("reads once for the same key, and again at once after any write", async () => {
    const person = await createPerson({ name: "Before" });
    const read = countedRead(person.id);
    const key = [person.id, "viewer", "test-page", { q: "a" }];
    expect(await readThroughPageCache(key, now, read)).toEqual({ name: "Before", rows: [{ n: 1 }] });
    expect(await readThroughPageCache(key, new Date(now.getTime() + 60_000), read)).toEqual({
      name: "Before",
      rows: [{ n: 1 }],
    });
    expect(read.runs).toBe(1);

    await db.user.update({ where: { id: person.id }, data: { name: "After" } });
    expect((await readThroughPageCache(key, now, read)).name).toBe("After");
    expect(read.runs).toBe(2);
  });

  it("shares one read among the requests that ask at the same time", async () => {
    const person = await createPerson({ name: "Together" });
    const read = countedRead(person.id);
    const answers = await Promise.all(
      [1, 2, 3].map(() => readThroughPageCache([person.id, "viewer", "together"], now, read)),
    );
    expect(read.runs).toBe(1);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0].name).toBe("Together");
  });

  it("keeps apart people, parameters and quarter hours", async () => {
    const person = await createPerson();
    const read = countedRead(person.id);
    await readThroughPageCache(["a", "viewer", "page"], now, read);
    await readThroughPageCache(["b", "viewer", "page"], now, read);
    await readThroughPageCache(["a", "admin", "page"], now, read);
    await readThroughPageCache(["a", "viewer", "page", 2], now, read);
    await readThroughPageCache(["a", "viewer", "page"], new Date(now.getTime() + 15 * 60_000), read);
    expect(read.runs).toBe(5);
  });

  it("hands out frozen data, and never keeps a failure", async () => {
    const person = await createPerson();
    const data = await readThroughPageCache([person.id, "frozen"], now, countedRead(person.id));
    expect(() => data.rows.push({ n: 2 })).toThrow(TypeError);
    expect(() => ((data.rows[0] as { n: number }).n = 3)).toThrow(TypeError);

    let attempts = 0;
    const flaky = async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("database went away");
      return "fine";
    };
    await expect(readThroughPageCache([person.id, "flaky"], now, flaky)).rejects.toThrow("database went away");
    expect(await readThroughPageCache([person.id, "flaky"], now, flaky)).toBe("fine");
  });
});
