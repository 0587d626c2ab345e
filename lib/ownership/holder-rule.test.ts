import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { changeRole } from "@/lib/people/change-role";
import { createToken, updateToken } from "@/lib/tokens/save-token";
import type { TokenInput } from "@/lib/tokens/schema";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { assignTokens } from "./assign-tokens";
import { getOwnershipOverview } from "./ownership-overview";

let admin: Actor;
let editor: Actor;

const input = (overrides: Partial<TokenInput> = {}): TokenInput => ({
  name: `Holder rule ${Math.random().toString(36).slice(2, 8)}`,
  service: "HubSpot",
  purpose: "Weekly report",
  environment: "production",
  secretLocation: "1Password › Marketing vault",
  expiresOn: "2027-03-01",
  criticality: "medium",
  ownerId: editor.id,
  backupId: "none",
  ...overrides,
});

beforeAll(async () => {
  [admin, editor] = await Promise.all([
    createPerson({ role: "admin" }),
    createPerson({ role: "editor", name: "Eve Editor" }),
  ]);
});

describe("only people who can act hold tokens", () => {
  it("a viewer as backup or owner is refused with the reason; nothing is saved", async () => {
    const viewer = await createPerson({ role: "viewer", name: "Vic Viewer" });
    const asBackup = await createToken(editor, input({ backupId: viewer.id })).catch((e: unknown) => e);
    expect(asBackup).toBeInstanceOf(InvalidInputError);
    expect((asBackup as InvalidInputError).fields.backupId).toMatch(/Vic Viewer is a viewer.*ask an admin/);
    const token = await createToken(editor, input());
    await expect(
      updateToken(
        admin,
        token.id,
        input({ name: token.name, version: token.updatedAt.toISOString(), ownerId: viewer.id }),
      ),
    ).rejects.toMatchObject({ fields: { ownerId: expect.stringContaining("Make them an editor") } });
    // An editor can't promote by sending the flag.
    await expect(
      updateToken(
        editor,
        token.id,
        input({ name: token.name, version: token.updatedAt.toISOString(), backupId: viewer.id, promoteHolders: true }),
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("viewer");
  });

  it("an admin promotes the viewer in the same step; both changes are audited", async () => {
    const viewer = await createPerson({ role: "viewer" });
    const token = await createToken(admin, input({ backupId: viewer.id, promoteHolders: true }));
    expect(token.backupId).toBe(viewer.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("editor");
    expect(
      await db.auditEvent.count({ where: { action: "person.role_changed", recordId: viewer.id, actorId: admin.id } }),
    ).toBe(1);
  });

  it("bulk assignment refuses a viewer unless the admin promotes them", async () => {
    const viewer = await createPerson({ role: "viewer" });
    const token = await createTokenRecord({ ownerId: editor.id });
    await expect(
      assignTokens(admin, { role: "backup", personId: viewer.id, tokenIds: [token.id] }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await assignTokens(admin, { role: "backup", personId: viewer.id, tokenIds: [token.id], promote: true });
    expect((await db.token.findUniqueOrThrow({ where: { id: token.id } })).backupId).toBe(viewer.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("editor");
  });

  it("demoting someone who holds tokens asks for a hand-over first", async () => {
    const holder = await createPerson({ role: "editor", name: "Hal Holder" });
    await createTokenRecord({ ownerId: holder.id });
    const refused = await changeRole(admin, { personId: holder.id, role: "viewer", openedRole: "editor" }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toMatch(/Hal Holder still owns or backs up 1 token.*Hand it over/);
    expect((await db.user.findUniqueOrThrow({ where: { id: holder.id } })).role).toBe("editor");
    await expect(
      changeRole(admin, { personId: holder.id, role: "admin", openedRole: "editor" }),
    ).resolves.toMatchObject({ role: "admin" });
  });

  it("tokens held by a viewer today are listed on the Ownership page until fixed", async () => {
    const viewer = await createPerson({ role: "viewer" });
    const token = await createTokenRecord({
      ownerId: editor.id,
      backupId: viewer.id,
      name: `Viewer held ${Math.random()}`,
    });
    const listed = async () =>
      (await getOwnershipOverview(admin, { q: token.name })).sections
        .find((s) => s.section === "heldByViewer")!
        .tokens.map((t) => t.id);
    expect(await listed()).toEqual([token.id]);
    await db.user.update({ where: { id: viewer.id }, data: { role: "editor" } });
    expect(await listed()).toEqual([]);
  });
});
