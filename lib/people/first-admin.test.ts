import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { completeSetup, createSetupLinkIfNobody, ensureAdmin, setupLinkIsUsable } from "./first-admin";

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe("the first admin", () => {
  it("with nobody set up, a one-time link valid for one hour creates the first admin, once", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    const link = await createSetupLinkIfNobody(now);
    expect(link).toMatch(/\/setup\?token=/);
    expect(await setupLinkIsUsable(tokenOf(link!), new Date("2026-12-01T10:59:00Z"))).toBe(true);
    expect(await setupLinkIsUsable(tokenOf(link!), new Date("2026-12-01T11:01:00Z"))).toBe(false);

    const signInLink = await completeSetup(tokenOf(link!), { name: "Ada Admin", email: "Ada@Example.test" }, now);
    expect(signInLink).toMatch(/\/sign-in\/confirm\?token=/);
    expect(await db.user.findUniqueOrThrow({ where: { email: "ada@example.test" } })).toMatchObject({
      role: "admin",
      active: true,
    });
    await expect(
      completeSetup(tokenOf(link!), { name: "Mallory", email: "m@example.test" }, now),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await createSetupLinkIfNobody(now)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "person.first_admin_created" } })).toBe(1);
  });

  it("ADMIN_EMAIL makes that person an active admin, and is audited only when something changes", async () => {
    const person = await db.user.create({
      data: { name: "Vic", email: "vic@example.test", role: "viewer", active: false },
    });
    await ensureAdmin(" VIC@example.test ");
    await ensureAdmin("vic@example.test");
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      role: "admin",
      active: true,
    });
    expect(await db.auditEvent.count({ where: { action: "person.made_admin_by_setting", recordId: person.id } })).toBe(
      1,
    );
    await ensureAdmin("new.admin@example.test");
    expect(await db.user.findUniqueOrThrow({ where: { email: "new.admin@example.test" } })).toMatchObject({
      role: "admin",
    });
  });
});
