import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError, UnauthenticatedError } from "@/lib/errors";
import { deactivatePerson } from "@/lib/people/set-person-active";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { getTokenReminders } from "@/lib/reminders/get-token-reminders";
import { updateToken } from "@/lib/tokens/save-token";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { hashApiKey } from "./key-material";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";

const now = new Date("2026-12-01T10:00:00Z");
const day = (days: number) => addDays(startOfUtcDay(now), days).toISOString().slice(0, 10);
const from = { ipAddress: "203.0.113.7", userAgent: "ci-script/1.0" };
let admin: Actor;
let editor: Actor;
let otherEditor: Actor;
let viewer: Actor;

beforeAll(async () => {
  [admin, editor, otherEditor, viewer] = await Promise.all([
    createPerson({ role: "admin", name: "Ada Admin" }),
    createPerson({ role: "editor", name: "Finn Larsen" }),
    createPerson({ role: "editor", name: "Otto Other" }),
    createPerson({ role: "viewer", name: "Vic Viewer" }),
  ]);
});

const make = (actor: Actor, overrides: Record<string, unknown> = {}) =>
  createApiKey(actor, { name: "ci-deploy", scope: "write", expiresOn: day(90), ownerId: actor.id, ...overrides }, now);

describe("making an API key", () => {
  it("keeps only a hash, shows the tkb_ key once, and audits the making in the same commit", async () => {
    const { key, apiKey } = await make(editor);
    expect(key).toMatch(/^tkb_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key.slice(4));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "api_key.created", recordId: apiKey.id } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(key.slice(4));
    expect(audit.after).toMatchObject({ name: "ci-deploy", scope: "write", ownerId: editor.id });
  });

  it("refuses an expiry over a year away, in the past, or missing", async () => {
    for (const expiresOn of [day(366), day(-1), "", "31/12/2026"]) {
      await expect(make(editor, { expiresOn })).rejects.toBeInstanceOf(InvalidInputError);
    }
    await expect(make(editor, { expiresOn: day(365) })).resolves.toBeTruthy();
  });

  it("viewers make no keys; editors only for themselves; admins for any active editor", async () => {
    await expect(make(viewer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(make(editor, { ownerId: otherEditor.id })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(make(admin, { ownerId: viewer.id })).rejects.toBeInstanceOf(InvalidInputError);
    const { apiKey } = await make(admin, { ownerId: otherEditor.id });
    expect(apiKey.ownerId).toBe(otherEditor.id);
  });

  it("a Tokenbook key pasted as a name, or anywhere else, is refused by the secret guard", async () => {
    const { key } = await make(editor);
    expect(looksLikeSecret(`the key is ${key}`)).toEqual({ kind: "a Tokenbook API key" });
    await expect(make(editor, { name: key })).rejects.toBeInstanceOf(InvalidInputError);
    const token = await createTokenRecord({ ownerId: editor.id });
    const input = {
      name: token.name,
      service: token.service,
      purpose: "p",
      environment: "production" as const,
      secretLocation: "1Password",
      ownerId: editor.id,
      backupId: "none",
      criticality: "medium" as const,
      doesNotExpire: true,
      notes: `backup copy ${key}`,
      version: token.updatedAt.toISOString(),
    };
    await expect(updateToken(editor, token.id, input)).rejects.toMatchObject({
      fields: { notes: expect.stringContaining("Tokenbook API key") },
    });
  });
});

describe("using an API key", () => {
  it("acts as its owner and records when and from where it was last used", async () => {
    const { key, apiKey } = await make(editor);
    const actor = await authenticateApiKey(key, from, now);
    expect(actor).toMatchObject({
      id: editor.id,
      role: "editor",
      apiKey: { id: apiKey.id, name: "ci-deploy", scope: "write" },
    });
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).toMatchObject({
      lastUsedAt: now,
      lastUsedFrom: "203.0.113.7",
    });
  });

  it("works through its last day and not after", async () => {
    const { key } = await make(editor, { expiresOn: day(10) });
    await expect(authenticateApiKey(key, from, addDays(now, 10))).resolves.toBeTruthy();
    await expect(authenticateApiKey(key, from, addDays(now, 11))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("stops at once when revoked (one audited change), and a mistyped key never works", async () => {
    const { key, apiKey } = await make(editor);
    await revokeApiKey(editor, apiKey.id, now);
    await revokeApiKey(editor, apiKey.id, now);
    await expect(authenticateApiKey(key, from, now)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await db.auditEvent.count({ where: { action: "api_key.revoked", recordId: apiKey.id } })).toBe(1);
    await expect(authenticateApiKey(`${key.slice(0, -1)}x`, from, now)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(authenticateApiKey("", from, now)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("stops at once when its owner is deactivated", async () => {
    const leaver = await createPerson({ role: "editor" });
    const { key } = await make(admin, { ownerId: leaver.id });
    await expect(authenticateApiKey(key, from, now)).resolves.toMatchObject({ id: leaver.id });
    await db.$transaction(async (tx) =>
      deactivatePerson(tx, admin, await tx.user.findUniqueOrThrow({ where: { id: leaver.id } }), now),
    );
    await expect(authenticateApiKey(key, from, now)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("editors list and revoke only their own keys; admins all", async () => {
    const { apiKey } = await make(otherEditor);
    expect((await listApiKeys(editor)).map((k) => k.id)).not.toContain(apiKey.id);
    expect((await listApiKeys(admin)).map((k) => k.id)).toContain(apiKey.id);
    await expect(revokeApiKey(editor, apiKey.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeApiKey(viewer, apiKey.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeApiKey(admin, apiKey.id, now)).resolves.toMatchObject({ revokedAt: now });
  });
});

describe("each API key is a token in the inventory", () => {
  it("making a key files a token for it in the same commit: its name, owner, backup and last day, with reminders like any token", async () => {
    const name = `sync-${Math.random().toString(36).slice(2, 7)}`;
    const { apiKey } = await make(admin, { name, ownerId: editor.id, backupId: otherEditor.id, expiresOn: day(60) });
    const token = await db.token.findUniqueOrThrow({ where: { id: apiKey.tokenId! }, include: { apiKey: true } });
    expect(token).toMatchObject({
      name,
      service: "Tokenbook API",
      ownerId: editor.id,
      backupId: otherEditor.id,
      state: "active",
      apiKey: { id: apiKey.id },
    });
    expect(token.expiresOn!.toISOString().slice(0, 10)).toBe(day(60));
    const audits = await db.auditEvent.findMany({
      where: {
        OR: [
          { recordId: token.id, action: "token.created" },
          { recordId: apiKey.id, action: "api_key.created" },
        ],
      },
    });
    expect(audits.map((audit) => audit.action).sort()).toEqual(["api_key.created", "token.created"]);
    expect(audits.every((audit) => audit.actorId === admin.id)).toBe(true);
    const reminders = await getTokenReminders(editor, token.id, now);
    expect(reminders?.next?.label).toMatch(/^Expiry/);

    // Re-issuing a key under the same name keeps the name, told apart by the key's prefix.
    const again = await make(admin, { name, ownerId: editor.id });
    const second = await db.token.findUniqueOrThrow({ where: { id: again.apiKey.tokenId! } });
    expect(second).toMatchObject({ name: `${name} (${again.apiKey.prefix}…)`, backupId: null });
  });

  it("a backup who is the owner, a viewer or unknown is refused, and then neither key nor token is made", async () => {
    const name = `refused-${Math.random().toString(36).slice(2, 7)}`;
    for (const backupId of [editor.id, viewer.id, "no-such-person"]) {
      const error = await make(editor, { name, backupId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(Object.keys((error as InvalidInputError).fields)).toEqual(["backupId"]);
    }
    expect(await db.apiKey.count({ where: { name } })).toBe(0);
    expect(await db.token.count({ where: { name } })).toBe(0);
  });

  it("revoking the key marks its token revoked, audited in the same commit", async () => {
    const { apiKey } = await make(editor, { name: `revoked-${Math.random()}` });
    await revokeApiKey(editor, apiKey.id, now);
    const token = await db.token.findUniqueOrThrow({ where: { id: apiKey.tokenId! } });
    expect(token).toMatchObject({
      state: "revoked",
      revokedAt: now,
      revokeReason: expect.stringContaining("API key was revoked"),
    });
    expect(
      await db.auditEvent.count({ where: { recordId: token.id, action: "token.revoked", actorId: editor.id } }),
    ).toBe(1);
    await revokeApiKey(editor, apiKey.id, now);
    expect(await db.auditEvent.count({ where: { recordId: token.id, action: "token.revoked" } })).toBe(1);
  });

  it("deactivating a key's owner: every active admin gets one email naming the keys that now get 401", async () => {
    const leaver = await createPerson({
      role: "editor",
      name: `Lea Leaving ${Math.random().toString(36).slice(2, 6)}`,
    });
    const working = await make(admin, { name: "nightly-export", ownerId: leaver.id, scope: "read" });
    const monitor = await make(admin, { name: "uptime-monitor", ownerId: leaver.id, scope: "report" });
    const revoked = await make(admin, { name: "old-script", ownerId: leaver.id });
    await revokeApiKey(admin, revoked.apiKey.id, now);
    await authenticateApiKey(monitor.key, from, now);
    await db.$transaction(async (tx) =>
      deactivatePerson(tx, admin, await tx.user.findUniqueOrThrow({ where: { id: leaver.id } }), now),
    );
    for (const key of [working.key, monitor.key])
      await expect(authenticateApiKey(key, from, now)).rejects.toBeInstanceOf(UnauthenticatedError);

    const mails = await db.outboxMessage.findMany({
      where: { kind: "api-keys-stopped", subject: { contains: leaver.name } },
    });
    const admins = await db.user.findMany({ where: { role: "admin", active: true } });
    expect(mails.map((mail) => mail.to).sort()).toEqual(admins.map((a) => a.email).sort());
    expect(mails[0].subject).toBe(`${leaver.name} was deactivated: 2 API keys now get 401`);
    expect(mails[0].text).toContain("“nightly-export” (Read), never used");
    expect(mails[0].text).toMatch(/“uptime-monitor” \(Report incidents\), last used .* from 203\.0\.113\.7/);
    expect(mails[0].text).not.toContain("old-script");

    // Someone without working keys leaves quietly.
    const quiet = await createPerson({ role: "editor" });
    await db.$transaction(async (tx) =>
      deactivatePerson(tx, admin, await tx.user.findUniqueOrThrow({ where: { id: quiet.id } }), now),
    );
    expect(
      await db.outboxMessage.count({ where: { kind: "api-keys-stopped", subject: { contains: quiet.name } } }),
    ).toBe(0);
  });
});
