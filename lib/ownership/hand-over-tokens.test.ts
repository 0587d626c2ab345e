import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/errors";
import { setPersonActive } from "@/lib/people/set-person-active";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { handOverAndDeactivate } from "./hand-over-tokens";
import { loadHandover } from "./load-handover";

let admin: Actor;
let kim: { id: string; email: string; name: string };
let lou: { id: string; email: string; name: string };

const leaverWithTokens = async () => {
  const finn = await createPerson({ role: "editor", name: "Finn Leaver" });
  const owned = await Promise.all([1, 2, 3].map(() => createTokenRecord({ ownerId: finn.id })));
  const backedUp = await Promise.all([1, 2].map(() => createTokenRecord({ ownerId: lou.id, backupId: finn.id })));
  const retired = await createTokenRecord({ ownerId: finn.id, state: "retired" });
  await db.session.create({
    data: { sessionToken: `s-${finn.id}`, userId: finn.id, expires: new Date(Date.now() + 3600_000) },
  });
  return { finn, owned, backedUp, retired };
};

beforeAll(async () => {
  admin = await createPerson({ role: "admin", name: "Ada Admin" });
  kim = await createPerson({ role: "editor", name: "Kim Keeper" });
  lou = await createPerson({ role: "editor", name: "Lou Other" });
});

describe("handing over a leaver's tokens", () => {
  it("lists the open tokens they own or back up, and refuses the simple deactivation", async () => {
    const { finn, owned, backedUp } = await leaverWithTokens();
    const { tokens, candidates } = await loadHandover(admin, finn.id);
    expect(tokens.map((t) => t.id).sort()).toEqual([...owned, ...backedUp].map((t) => t.id).sort());
    expect(candidates.map((c) => c.id)).not.toContain(finn.id);
    await expect(setPersonActive(admin, finn.id, false)).rejects.toThrow(
      "Finn Leaver still owns or backs up 5 tokens. Hand them over to someone first.",
    );
  });

  it("reassigns every token and deactivates in one transaction, audited, and tells each new person once", async () => {
    const { finn, owned, backedUp, retired } = await leaverWithTokens();
    const result = await handOverAndDeactivate(admin, {
      personId: finn.id,
      tokens: [
        ...owned.map((t) => ({ tokenId: t.id, ownerId: kim.id })),
        ...backedUp.map((t) => ({ tokenId: t.id, backupId: kim.id })),
      ],
    });
    expect(result).toMatchObject({ handedOver: 5, leftOpen: 0, leaver: { active: false } });
    expect(await db.token.count({ where: { id: { in: owned.map((t) => t.id) }, ownerId: kim.id } })).toBe(3);
    expect(await db.token.count({ where: { id: { in: backedUp.map((t) => t.id) }, backupId: kim.id } })).toBe(2);
    expect((await db.token.findUniqueOrThrow({ where: { id: retired.id } })).ownerId).toBe(finn.id);
    expect(await db.session.count({ where: { userId: finn.id } })).toBe(0);
    const actions = (
      await db.auditEvent.findMany({
        where: { OR: [{ recordId: { in: [...owned, ...backedUp].map((t) => t.id) } }, { recordId: finn.id }] },
      })
    ).map((e) => e.action);
    expect(actions.sort()).toEqual(
      [
        ...Array(2).fill("token.backup_assigned"),
        ...Array(3).fill("token.owner_assigned"),
        "person.deactivated",
      ].sort(),
    );
    const mail = await db.outboxMessage.findMany({
      where: { to: kim.email, kind: "ownership", subject: "You now own 3 tokens and are the backup for 2 tokens" },
    });
    expect(mail).toHaveLength(1);
  });

  it("leaves tokens with the deactivated owner, and clears their backup place, only when the admin confirms", async () => {
    const { finn, owned, backedUp } = await leaverWithTokens();
    const input = { personId: finn.id, tokens: [...owned, ...backedUp].map((t) => ({ tokenId: t.id })) };
    await expect(handOverAndDeactivate(admin, input)).rejects.toMatchObject({
      message:
        "5 tokens have no new owner or backup. Choose someone for each, or confirm that you want to leave them as they are.",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: finn.id } })).active).toBe(true);

    const result = await handOverAndDeactivate(admin, { ...input, leaveUnassigned: true });
    expect(result).toMatchObject({ handedOver: 0, leftOpen: 5 });
    expect(await db.token.count({ where: { id: { in: owned.map((t) => t.id) }, ownerId: finn.id } })).toBe(3);
    expect(await db.token.count({ where: { id: { in: backedUp.map((t) => t.id) }, backupId: null } })).toBe(2);
    expect(
      await db.auditEvent.count({
        where: { recordId: { in: backedUp.map((t) => t.id) }, action: "token.backup_removed" },
      }),
    ).toBe(2);
  });

  it("changes nothing when one choice is invalid (owner = backup, or the leaver again)", async () => {
    const { finn, owned, backedUp } = await leaverWithTokens();
    const choices = [
      ...owned.map((t) => ({ tokenId: t.id, ownerId: kim.id })),
      ...backedUp.map((t) => ({ tokenId: t.id, backupId: lou.id })),
    ];
    const attempt = handOverAndDeactivate(admin, { personId: finn.id, tokens: choices });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      fields: { [backedUp[0].id]: expect.stringContaining("Lou Other can't be both owner and backup") },
    });
    const toFinn = handOverAndDeactivate(admin, {
      personId: finn.id,
      tokens: choices.map((c) => ({ tokenId: c.tokenId, ownerId: finn.id })),
    });
    await expect(toFinn).rejects.toMatchObject({
      fields: { [owned[0].id]: "Finn Leaver is leaving; choose someone who stays." },
    });
    expect(await db.token.count({ where: { id: { in: owned.map((t) => t.id) }, ownerId: finn.id } })).toBe(3);
    expect((await db.user.findUniqueOrThrow({ where: { id: finn.id } })).active).toBe(true);
  });

  it("refuses when a token was given to the leaver after the form was shown", async () => {
    const { finn, owned } = await leaverWithTokens();
    await expect(
      handOverAndDeactivate(admin, {
        personId: finn.id,
        tokens: owned.map((t) => ({ tokenId: t.id, ownerId: kim.id })),
        leaveUnassigned: true,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("the backup steps up as owner and a new backup is named, in the same step", async () => {
    const finn = await createPerson({ role: "editor", name: "Finn Leaver" });
    const bea = await createPerson({ role: "editor", name: "Bea Backup" });
    const token = await createTokenRecord({ ownerId: finn.id, backupId: bea.id });
    await handOverAndDeactivate(admin, {
      personId: finn.id,
      tokens: [{ tokenId: token.id, ownerId: bea.id, backupId: kim.id }],
    });
    expect(await db.token.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      ownerId: bea.id,
      backupId: kim.id,
    });
    const actions = (await db.auditEvent.findMany({ where: { recordId: token.id } }))
      .map((event) => event.action)
      .sort();
    expect(actions).toEqual(["token.backup_assigned", "token.owner_assigned"]);
  });

  it("a backup who steps up with no new backup needs the admin's consent, like any open place", async () => {
    const finn = await createPerson({ role: "editor", name: "Finn Leaver" });
    const bea = await createPerson({ role: "editor", name: "Bea Backup" });
    const token = await createTokenRecord({ ownerId: finn.id, backupId: bea.id });
    await expect(
      handOverAndDeactivate(admin, { personId: finn.id, tokens: [{ tokenId: token.id, ownerId: bea.id }] }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await handOverAndDeactivate(admin, {
      personId: finn.id,
      tokens: [{ tokenId: token.id, ownerId: bea.id }],
      leaveUnassigned: true,
    });
    expect(await db.token.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      ownerId: bea.id,
      backupId: null,
    });
  });

  it("a viewer chosen to take over is offered to the admin, refused with the reason, or promoted to editor in the same step", async () => {
    const finn = await createPerson({ role: "editor", name: "Finn Leaver" });
    const vic = await createPerson({ role: "viewer", name: "Vic Viewer" });
    const token = await createTokenRecord({ ownerId: finn.id });
    expect((await loadHandover(admin, finn.id)).candidates).toContainEqual(
      expect.objectContaining({ id: vic.id, role: "viewer" }),
    );
    const refused = await handOverAndDeactivate(admin, {
      personId: finn.id,
      tokens: [{ tokenId: token.id, ownerId: vic.id }],
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as InvalidInputError).fields[token.id]).toMatch(/Vic Viewer is a viewer.*Make them an editor/);
    expect(await db.user.findUniqueOrThrow({ where: { id: finn.id } })).toMatchObject({ active: true });

    await handOverAndDeactivate(admin, {
      personId: finn.id,
      tokens: [{ tokenId: token.id, ownerId: vic.id }],
      promote: true,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: vic.id } })).toMatchObject({ role: "editor" });
    expect(await db.token.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({ ownerId: vic.id });
    const promoted = await db.auditEvent.findFirstOrThrow({
      where: { recordId: vic.id, action: "person.role_changed" },
    });
    expect(promoted).toMatchObject({
      actorId: admin.id,
      before: expect.objectContaining({ role: "viewer" }),
      after: expect.objectContaining({ role: "editor" }),
    });
  });

  it("is refused for editors and viewers", async () => {
    const { finn } = await leaverWithTokens();
    for (const who of [kim, await createPerson({ role: "viewer" })]) {
      await expect(
        handOverAndDeactivate(
          { ...who, role: who === kim ? "editor" : "viewer" },
          { personId: finn.id, tokens: [], leaveUnassigned: true },
        ),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
