import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/errors";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { applyAssignments } from "./apply-assignments";
import { assignTokens } from "./assign-tokens";
import { shownDay } from "@/testing/dates";

let admin: Actor;
let owner: { id: string; email: string };
let bo: { id: string; email: string; name: string };

const auditFor = (tokenIds: string[], action: string) =>
  db.auditEvent.findMany({ where: { recordType: "token", recordId: { in: tokenIds }, action } });
const mailTo = (email: string) => db.outboxMessage.findMany({ where: { to: email, kind: "ownership" } });

beforeAll(async () => {
  admin = await createPerson({ role: "admin", name: "Ada Admin" });
  owner = await createPerson({ role: "editor" });
  bo = await createPerson({ role: "editor", name: "Bo Backup" });
});

describe("assigning a backup to many tokens at once", () => {
  it("changes every token in one step, audits each with before and after, and emails the backup once", async () => {
    const tokens = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createTokenRecord({ ownerId: owner.id, name: `Bulk ${i} ${Math.random()}` }),
      ),
    );
    const ids = tokens.map((t) => t.id);

    const result = await assignTokens(admin, { role: "backup", personId: bo.id, tokenIds: ids });

    expect(result).toMatchObject({ changed: 10, unchanged: 0, person: { name: "Bo Backup" } });
    expect(await db.token.count({ where: { id: { in: ids }, backupId: bo.id } })).toBe(10);
    const audit = await auditFor(ids, "token.backup_assigned");
    expect(audit).toHaveLength(10);
    expect(audit[0]).toMatchObject({ actorId: admin.id, before: { backup: null }, after: { backup: bo.email } });
    const mail = await mailTo(bo.email);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe("You are now the backup for 10 tokens");
    for (const token of tokens) expect(mail[0].text).toContain(`/tokens/${token.id}`);
    expect(mail[0].text).toContain("What it does: Pulls campaign numbers into the weekly marketing report");
    expect(mail[0].text).toContain(`Expires: ${shownDay(tokens[0].expiresOn!)} (in 180 days)`);
  });

  it("refuses owner = backup on one token with a plain message and changes none of them", async () => {
    const fine = await createTokenRecord({ ownerId: owner.id });
    const ownedByBo = await createTokenRecord({ ownerId: bo.id, name: "Bo's own key" });
    const auditBefore = await db.auditEvent.count();

    const attempt = assignTokens(admin, { role: "backup", personId: bo.id, tokenIds: [fine.id, ownedByBo.id] });

    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      message: "One token can't be assigned as chosen, so nothing was changed.",
      fields: {
        [ownedByBo.id]:
          "Bo Backup can't be both owner and backup of “Bo's own key”. Choose someone else for one of them.",
      },
    });
    expect((await db.token.findUniqueOrThrow({ where: { id: fine.id } })).backupId).toBeNull();
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("refuses a deactivated person and a retired token", async () => {
    const gone = await createPerson({ active: false, name: "Gone Person" });
    const token = await createTokenRecord({ ownerId: owner.id });
    await expect(assignTokens(admin, { role: "owner", personId: gone.id, tokenIds: [token.id] })).rejects.toMatchObject(
      {
        fields: { [token.id]: "Gone Person is deactivated; choose someone else." },
      },
    );
    const retired = await createTokenRecord({ ownerId: owner.id, state: "retired", name: "Old key" });
    await expect(
      assignTokens(admin, { role: "backup", personId: bo.id, tokenIds: [retired.id] }),
    ).rejects.toMatchObject({
      fields: { [retired.id]: "“Old key” is retired; it no longer needs an owner or backup." },
    });
  });

  it("assigns a new owner with token.owner_assigned, and skips tokens that already have that person", async () => {
    const newOwner = await createPerson({ role: "editor" });
    const a = await createTokenRecord({ ownerId: owner.id });
    const b = await createTokenRecord({ ownerId: newOwner.id });
    const result = await assignTokens(admin, { role: "owner", personId: newOwner.id, tokenIds: [a.id, b.id] });
    expect(result).toMatchObject({ changed: 1, unchanged: 1 });
    expect(await auditFor([a.id, b.id], "token.owner_assigned")).toEqual([
      expect.objectContaining({ recordId: a.id, before: { owner: owner.email }, after: { owner: newOwner.email } }),
    ]);
    const [mail] = await mailTo(newOwner.email);
    expect(mail.subject).toMatch(/^You are now the owner of “Token [0-9a-f]+”$/);
    expect(mail.html).toContain("Open the token");
  });

  it("changes none of the tokens when someone changed one of them after they were read", async () => {
    const tokens = await Promise.all(
      [0, 1, 2].map((i) => createTokenRecord({ ownerId: owner.id, name: `Raced ${i} ${Math.random()}` })),
    );
    const meanwhile = await createPerson({ role: "editor" });
    const auditBefore = await db.auditEvent.count();

    const attempt = db.$transaction(async (tx) => {
      // Between this transaction's read and its update, another admin gives the second token a backup.
      const findMany = async (args: Parameters<typeof tx.token.findMany>[0]) => {
        const rows = await tx.token.findMany(args);
        await db.token.update({ where: { id: tokens[1].id }, data: { backupId: meanwhile.id } });
        return rows;
      };
      const raced = new Proxy(tx, {
        get: (target, key) => (key === "token" ? { ...target.token, findMany } : Reflect.get(target, key)),
      });
      return applyAssignments(
        raced,
        admin,
        tokens.map((token) => ({ tokenId: token.id, backupId: bo.id })),
      );
    });

    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow(
      "Someone changed some of these tokens at the same time, so nothing was changed. Reload and try again.",
    );
    const backups = await db.token.findMany({
      where: { id: { in: tokens.map((token) => token.id) } },
      select: { backupId: true },
    });
    expect(backups.map((token) => token.backupId).sort()).toEqual([meanwhile.id, null, null].sort());
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("is refused for editors, even for their own tokens, and for viewers", async () => {
    const editor = await createPerson({ role: "editor" });
    const viewer = await createPerson({ role: "viewer" });
    const token = await createTokenRecord({ ownerId: editor.id });
    for (const who of [editor, viewer]) {
      await expect(assignTokens(who, { role: "backup", personId: bo.id, tokenIds: [token.id] })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect((await db.token.findUniqueOrThrow({ where: { id: token.id } })).backupId).toBeNull();
  });

  it("assigns 500 tokens in one step, with one email", async () => {
    const many = await db.token.createManyAndReturn({
      data: Array.from({ length: 500 }, (_, i) => ({
        name: `Load ${i}`,
        nameKey: `load ${i}`,
        service: "LoadTest",
        serviceKey: "loadtest",
        purpose: "Load",
        environment: "test" as const,
        secretLocation: "Vault",
        ownerId: owner.id,
      })),
    });
    const lots = await createPerson({ role: "editor" });
    const started = performance.now();
    await assignTokens(admin, { role: "backup", personId: lots.id, tokenIds: many.map((t) => t.id) });
    const took = performance.now() - started;
    console.info(`[measure] 500 tokens assigned in ${Math.round(took)} ms`);
    expect(await mailTo(lots.email)).toHaveLength(1);
  });
});
