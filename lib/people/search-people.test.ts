import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createPerson } from "@/prisma/factories";
import { peopleSearchLimit, searchPeople } from "./search-people";

const marker = () => `m${randomBytes(4).toString("hex")}`;

describe("searchPeople", () => {
  it("finds people by part of their name or email, whatever the case, active ones first, 10 at most", async () => {
    const m = marker();
    const viewer = await createPerson({ role: "viewer" });
    const left = await createPerson({ name: `Aaron Left ${m}`, active: false });
    const here = await Promise.all(
      Array.from({ length: peopleSearchLimit + 1 }, (_, i) =>
        createPerson({ name: `Zoe Here ${m} ${String(i).padStart(2, "0")}` }),
      ),
    );
    const found = await searchPeople(viewer, m.toUpperCase());
    expect(found.more).toBe(true);
    expect(found.people.map((person) => person.id)).toEqual(
      here.slice(0, peopleSearchLimit).map((person) => person.id),
    );
    expect((await searchPeople(viewer, `aaron left ${m}`)).people.map((person) => person.id)).toEqual([left.id]);
    expect((await searchPeople(viewer, left.email.slice(0, -3))).people.map((person) => person.id)).toEqual([left.id]);
  });

  it("finds the one person a whole “Name (email)” names, as the picker shows a choice", async () => {
    const m = marker();
    const viewer = await createPerson({ role: "viewer" });
    const person = await createPerson({ name: `Bea Backup ${m}` });
    await createPerson({ name: `Bea Backup ${m} the second` });
    const found = await searchPeople(viewer, `Bea Backup ${m} (${person.email.toUpperCase()})`);
    expect(found).toEqual({
      people: [expect.objectContaining({ id: person.id, name: person.name, email: person.email })],
      more: false,
    });
  });

  it("answers nothing for empty text, and treats % and _ as themselves", async () => {
    const viewer = await createPerson({ role: "viewer" });
    expect(await searchPeople(viewer, "   ")).toEqual({ people: [], more: false });
    expect((await searchPeople(viewer, "%_%")).people).toEqual([]);
  });
});
