import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/errors";
import { secretSamples } from "@/testing/secret-corpus";
import { createPerson, createTeam } from "@/prisma/factories";
import { retireToken } from "./retire-token";
import { createToken, updateToken } from "./save-token";
import { noBackup, type TokenInput } from "./schema";
import { getTokenHistory } from "./token-history";

let editor: Actor;
let otherEditor: Actor;
let viewer: Actor;
let admin: Actor;
let backup: { id: string };

const input = (overrides: Partial<TokenInput> = {}): TokenInput => ({
  name: `HubSpot reporting key ${Math.random().toString(36).slice(2, 8)}`,
  service: "HubSpot",
  purpose: "Pulls campaign numbers into the Monday marketing report",
  dependents: ["Monday marketing report", "Lead score sync"],
  environment: "production",
  secretLocation: "1Password › Marketing vault › HubSpot private app",
  expiresOn: "2027-03-01",
  criticality: "high",
  tags: ["Marketing", "reporting"],
  ownerId: editor.id,
  backupId: "none",
  ...overrides,
});

/** The name and version the edit form of `token` opens with. */
const asOpened = (token: { name: string; updatedAt: Date }) => ({
  name: token.name,
  version: token.updatedAt.toISOString(),
});

beforeAll(async () => {
  [editor, otherEditor, viewer, admin] = await Promise.all([
    createPerson({ role: "editor", name: "Eve Editor" }),
    createPerson({ role: "editor" }),
    createPerson({ role: "viewer" }),
    createPerson({ role: "admin" }),
  ]);
  backup = await createPerson({ role: "editor", name: "Bo Backup" });
});

describe("creating and editing tokens", () => {
  it("an editor creates a token and becomes its owner; the change is audited", async () => {
    const team = await createTeam();
    const token = await createToken(editor, input({ backupId: backup.id, teamId: team.id }));
    expect(token.ownerId).toBe(editor.id);
    expect(token.dependents.map((d) => d.name)).toEqual(["Monday marketing report", "Lead score sync"]);
    expect(token.tags.map((t) => t.name)).toEqual(["marketing", "reporting"]);
    const history = await getTokenHistory(viewer, token.id);
    expect(history.map((event) => event.action)).toEqual(["token.created"]);
  });

  it("the owner edits it, and both changes are in its history with who made them", async () => {
    const token = await createToken(editor, input());
    await updateToken(editor, token.id, input({ ...asOpened(token), expiresOn: "2027-05-01", backupId: backup.id }));
    const history = await getTokenHistory(viewer, token.id);
    expect(history.map((event) => event.action)).toEqual(["token.updated", "token.created"]);
    expect(history[0].who.name).toBe("Eve Editor");
    expect(history[0].changes.map((change) => change.text)).toEqual(
      expect.arrayContaining(["Expiry date changed from 1 Mar 2027 to 1 May 2027", "Backup set to Bo Backup"]),
    );
  });

  it("the backup may edit too; another editor is refused by the server, and the refusal is audited", async () => {
    const token = await createToken(editor, input({ backupId: backup.id }));
    await expect(
      updateToken(backup as Actor, token.id, input({ ...asOpened(token), notes: "Checked", backupId: backup.id })),
    ).resolves.toBeTruthy();
    await expect(updateToken(otherEditor, token.id, input({ ...asOpened(token) }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(retireToken(otherEditor, token.id)).rejects.toBeInstanceOf(ForbiddenError);
    const refusals = await db.auditEvent.count({
      where: { actorId: otherEditor.id, action: "authorization.refused", recordId: token.id },
    });
    expect(refusals).toBe(2);
  });

  it("viewers cannot create; admins can edit anyone's token", async () => {
    await expect(createToken(viewer, input())).rejects.toBeInstanceOf(ForbiddenError);
    const token = await createToken(editor, input());
    await expect(
      updateToken(admin, token.id, input({ ...asOpened(token), criticality: "critical" })),
    ).resolves.toMatchObject({ criticality: "critical" });
  });

  it("refuses owner = backup, a deactivated owner and a duplicate name (whatever its case)", async () => {
    await expect(createToken(editor, input({ backupId: editor.id }))).rejects.toMatchObject({
      fields: { backupId: expect.stringContaining("different person") },
    });
    const leaver = await createPerson({ role: "editor", active: false, name: "Lee Leaver" });
    await expect(createToken(admin, input({ ownerId: leaver.id }))).rejects.toMatchObject({
      fields: { ownerId: expect.stringContaining("deactivated") },
    });
    const first = await createToken(editor, input({ name: "Stripe payouts key", service: "Stripe" }));
    await expect(createToken(editor, input({ name: "STRIPE PAYOUTS KEY", service: "stripe" }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      createToken(editor, input({ name: first.name, service: "Stripe", environment: "staging" })),
    ).resolves.toBeTruthy();
  });

  it("requires an expiry date or “does not expire”", async () => {
    await expect(createToken(editor, input({ expiresOn: "" }))).rejects.toMatchObject({
      fields: { expiresOn: expect.stringContaining("Does not expire") },
    });
    await expect(createToken(editor, input({ expiresOn: "", doesNotExpire: true }))).resolves.toMatchObject({
      expiresOn: null,
    });
    await expect(createToken(editor, input({ expiresOn: "2027-02-30" }))).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("a person is only ever what was chosen", () => {
  const trap: [string, unknown][] = [
    ["missing", undefined],
    ["empty", ""],
    ["blank", "   "],
    ["unknown", "no-such-person"],
    ["not a string", 42],
    ["an object", { id: "x" }],
  ];

  it.each(trap)(
    "a %s backup or owner id is refused with the field's message; nothing changes",
    async (_label, value) => {
      const token = await createToken(editor, input({ backupId: backup.id }));
      const stored = await db.token.findUniqueOrThrow({
        where: { id: token.id },
        select: { ownerId: true, backupId: true, updatedAt: true },
      });
      for (const field of ["backupId", "ownerId"] as const) {
        const attempt = { ...input({ ...asOpened(token) }), [field]: value } as TokenInput;
        if (value === undefined) delete (attempt as Record<string, unknown>)[field];
        const error = await updateToken(editor, token.id, attempt).catch((e: unknown) => e);
        expect(error, field).toBeInstanceOf(InvalidInputError);
        expect((error as InvalidInputError).fields[field], field).toMatch(field === "backupId" ? /backup/ : /owner/);
        await expect(createToken(editor, { ...attempt, name: `${token.name} again` })).rejects.toBeInstanceOf(
          InvalidInputError,
        );
      }
      expect(
        await db.token.findUniqueOrThrow({
          where: { id: token.id },
          select: { ownerId: true, backupId: true, updatedAt: true },
        }),
      ).toEqual(stored);
      expect((await getTokenHistory(viewer, token.id)).map((event) => event.action)).toEqual(["token.created"]);
    },
  );

  it("clearing the backup is the explicit “No backup” choice, and “none” is never an owner", async () => {
    const token = await createToken(editor, input({ backupId: backup.id }));
    await expect(updateToken(editor, token.id, input({ ...asOpened(token), ownerId: "none" }))).rejects.toMatchObject({
      fields: { ownerId: expect.stringContaining("owner") },
    });
    await expect(
      updateToken(editor, token.id, input({ ...asOpened(token), backupId: noBackup })),
    ).resolves.toMatchObject({ backupId: null });
  });
});

describe("two people editing one token", () => {
  it("a save from a form opened before someone else's save is refused with who and what; their change stays", async () => {
    const token = await createToken(editor, input({ backupId: backup.id }));
    const opened = token.updatedAt.toISOString();
    await updateToken(
      admin,
      token.id,
      input({ ...asOpened(token), backupId: backup.id, notes: "Moved vault", version: opened }),
    );
    const stale = await updateToken(
      editor,
      token.id,
      input({ ...asOpened(token), backupId: noBackup, version: opened }),
    ).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as Error).message).toMatch(/changed this token.*Notes set to Moved vault/);
    expect(await db.token.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      notes: "Moved vault",
      backupId: backup.id,
    });
  });
});

describe("a save must say which version it changes", () => {
  it.each([
    ["no version", undefined],
    ["an empty version", ""],
    ["a made-up version", "2020-01-01T00:00:00.000Z"],
  ])("%s is refused and nothing changes", async (_label, version) => {
    const token = await createToken(editor, input({ backupId: backup.id }));
    const error = await updateToken(
      editor,
      token.id,
      input({ name: token.name, backupId: noBackup, notes: "Changed", version }),
    ).catch((e: unknown) => e);
    expect(error).toSatisfy((e) => e instanceof InvalidInputError || e instanceof ConflictError);
    expect(await db.token.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      backupId: backup.id,
      notes: null,
      updatedAt: token.updatedAt,
    });
  });
});

describe("the secret-paste guard", () => {
  const fields = ["name", "service", "purpose", "secretLocation", "scopes", "notes"] as const;

  it.each(fields)(
    "refuses a pasted secret in %s, and in a dependent; nothing is saved and the value is not repeated",
    async (field) => {
      const before = await db.token.count();
      for (const sample of secretSamples) {
        const attempt = createToken(editor, input({ [field]: `Stored here: ${sample.text}` }));
        const error = await attempt.catch((e: unknown) => e);
        expect(error, `${sample.name} in ${field}`).toBeInstanceOf(InvalidInputError);
        expect(JSON.stringify((error as InvalidInputError).fields)).not.toContain(sample.text);
        expect((error as InvalidInputError).fields[field]).toMatch(/the secret itself/);
      }
      const inDependent = await createToken(editor, input({ dependents: ["Report", secretSamples[0].text] })).catch(
        (e: unknown) => e,
      );
      expect((inDependent as InvalidInputError).fields["dependents.1"]).toMatch(/the secret itself/);
      expect(await db.token.count()).toBe(before);
    },
  );
});
