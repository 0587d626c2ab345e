import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "./factories";

describe("factories on the test file's own PostgreSQL database", () => {
  it("writes a person and reads it back", async () => {
    const created = await createPerson({ name: "Finn Example", role: "editor" });
    const found = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(found).toMatchObject({ name: "Finn Example", role: "editor", active: true });
  });

  it("starts every test file on an empty database", async () => {
    const database = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(database[0].name).toMatch(/^tokenbook_test_[0-9a-f]{12}$/);
    expect(await db.user.count({ where: { name: { not: "Finn Example" } } })).toBe(0);
  });

  it("refuses two people with the same email", async () => {
    const person = await createPerson();
    await expect(createPerson({ email: person.email })).rejects.toThrow();
  });
});
