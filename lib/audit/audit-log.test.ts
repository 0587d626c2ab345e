import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import { createPerson } from "@/prisma/factories";
import { exportAuditCsv } from "./export-audit-csv";
import { listAuditActions, listAuditEvents } from "./list-audit-events";
import { recordAudit } from "./record-audit";

const asActor = (person: User): Actor => ({ id: person.id, email: person.email, name: person.name, role: person.role });
const unique = () => randomBytes(4).toString("hex");
const addEvent = (data: Prisma.AuditEventUncheckedCreateInput) => db.auditEvent.create({ data });

async function listAllPages(actor: Actor, filters: Record<string, string>) {
  const ids: string[] = [];
  let before: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listAuditEvents>> = await listAuditEvents(actor, {
      ...filters,
      ...(before ? { before } : {}),
    });
    ids.push(...page.events.map((event) => event.id));
    before = page.olderThan;
  } while (before);
  return ids;
}

describe("the audit log is append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE at the database", async () => {
    const event = await addEvent({ action: "test.append_only" });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "test.changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("UPDATE audit_events SET action = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("DELETE FROM audit_events")).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("TRUNCATE audit_events")).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({ action: "test.append_only" });
  });

  it("does not save a change whose audit row cannot be written", async () => {
    const person = await createPerson({ name: "Kept name" });
    const stranger: Actor = { id: "no-such-person", email: "ghost@example.test", name: "Ghost", role: "admin" };
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: person.id }, data: { name: "Changed name" } });
        await recordAudit(tx, { actor: stranger, action: "person.renamed", recordType: "person", recordId: person.id });
      }),
    ).rejects.toMatchObject({ code: "P2003" });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).name).toBe("Kept name");
  });
});

describe("listAuditEvents", () => {
  it("finds a person by id, part of their email or name", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const tag = unique();
    const person = await createPerson({ name: `Ada_${tag}`, email: `ada-${tag}@example.test` });
    const lookalike = await createPerson({ name: `AdaX${tag}` });
    const theirs = await addEvent({ action: `t${tag}.did`, actorId: person.id, actorEmail: person.email });
    await addEvent({ action: `t${tag}.did`, actorId: admin.id, actorEmail: admin.email });
    await addEvent({ action: `t${tag}.did`, actorId: lookalike.id, actorEmail: lookalike.email });
    for (const search of [person.id, `ADA-${tag}`, `ada_${tag}`]) {
      const { events } = await listAuditEvents(admin, { person: search });
      expect(events.map((event) => event.id)).toEqual([theirs.id.toString()]);
    }
  });

  it("matches an exact action or every action starting with a prefix", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const tag = unique();
    const kind = `t_${tag}`;
    const invited = await addEvent({ action: `${kind}.invited` });
    const renamed = await addEvent({ action: `${kind}.role_changed` });
    await addEvent({ action: `${kind}x.invited` });
    // "_" is a LIKE wildcard; the prefix must match it literally.
    await addEvent({ action: `tX${tag}.invited` });
    expect((await listAuditEvents(admin, { action: `${kind}.invited` })).events.map((event) => event.id)).toEqual([
      invited.id.toString(),
    ]);
    expect((await listAuditEvents(admin, { action: `${kind}.` })).events.map((event) => event.id)).toEqual([
      renamed.id.toString(),
      invited.id.toString(),
    ]);
    expect((await listAuditActions(admin)).groups).toContainEqual({
      value: `${kind}.`,
      label: `Everything starting with “${kind}.”`,
    });
  });

  it("matches the record type and id", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const type = `thing${unique()}`;
    const one = await addEvent({ action: "test.record", recordType: type, recordId: "1" });
    const two = await addEvent({ action: "test.record", recordType: type, recordId: "2" });
    await addEvent({ action: "test.record", recordType: `${type}x`, recordId: "1" });
    expect((await listAuditEvents(admin, { recordType: type })).events.map((event) => event.id)).toEqual([
      two.id.toString(),
      one.id.toString(),
    ]);
    expect((await listAuditEvents(admin, { recordType: type, recordId: "1" })).events.map((event) => event.id)).toEqual(
      [one.id.toString()],
    );
  });

  it("includes both ends of a date range, counted in UTC", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const recordType = `dated${unique()}`;
    const at = (instant: string) => addEvent({ action: "test.dated", recordType, at: new Date(instant) });
    await at("2026-02-28T23:59:59.999Z");
    const first = await at("2026-03-01T00:00:00.000Z");
    const last = await at("2026-03-31T23:59:59.999Z");
    await at("2026-04-01T00:00:00.000Z");
    const { events } = await listAuditEvents(admin, { recordType, from: "2026-03-01", to: "2026-03-31" });
    expect(events.map((event) => event.id)).toEqual([last.id.toString(), first.id.toString()]);
    expect(
      (await listAuditEvents(admin, { recordType, from: "2026-03-31", to: "2026-03-31" })).events.map(
        (event) => event.id,
      ),
    ).toEqual([last.id.toString()]);
  });

  it("pages by id, newest first, without skipping or repeating rows while new rows arrive", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const recordType = `paged${unique()}`;
    await db.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({ action: "test.paged", recordType, recordId: String(index) })),
    });
    const expected = (
      await db.auditEvent.findMany({ where: { recordType }, orderBy: { id: "desc" }, select: { id: true } })
    ).map((row) => row.id.toString());

    const first = await listAuditEvents(admin, { recordType });
    expect(first.events).toHaveLength(50);
    await db.auditEvent.createMany({
      data: Array.from({ length: 5 }, () => ({ action: "test.paged", recordType, recordId: "late" })),
    });
    const rest = await listAllPages(admin, { recordType, before: first.olderThan! });
    expect([...first.events.map((event) => event.id), ...rest]).toEqual(expected);
  });

  it("shows only the fields that changed", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const recordId = unique();
    await addEvent({
      action: "person.role_changed",
      recordType: "person",
      recordId,
      before: { name: "Ada", role: "viewer" },
      after: { name: "Ada", role: "editor" },
    });
    const [event] = (await listAuditEvents(admin, { recordId })).events;
    expect(event).toMatchObject({ description: "Changed a role", who: { name: "Tokenbook", detail: null } });
    expect(event.changes.map((change) => change.text)).toEqual(["Role changed from viewer to editor"]);
  });

  it("turns bad filters into plain messages", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const refusal = (filters: Record<string, string | string[]>) =>
      listAuditEvents(admin, filters).catch((error: unknown) => error);
    for (const [filters, field] of [
      [{ from: "2026-02-30" }, "from"],
      [{ to: "yesterday" }, "to"],
      [{ from: "2026-03-02", to: "2026-03-01" }, "to"],
      [{ action: "Person.*" }, "action"],
      [{ before: "abc" }, "before"],
      [{ before: "9999999999999999999" }, "before"],
      [{ person: "x".repeat(201) }, "person"],
    ] as const) {
      const error = await refusal(filters);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(Object.keys((error as InvalidInputError).fields)).toEqual([field]);
    }
    expect(
      (await listAuditEvents(admin, { person: ["", "ignored"], from: "", action: "" })).events.length,
    ).toBeGreaterThan(0);
  });

  it("refuses viewers and editors, and logs the refusal", async () => {
    for (const role of ["viewer", "editor"] as const) {
      const person = await createPerson({ role });
      await expect(listAuditEvents(asActor(person), {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAuditEvents(asActor(person), { from: "not a date" })).rejects.toBeInstanceOf(ForbiddenError);
      const refusals = await db.auditEvent.findMany({ where: { actorId: person.id, action: "authorization.refused" } });
      expect(refusals).toHaveLength(2);
      expect(refusals[0].after).toEqual({ attempted: "audit.list" });
    }
  });
});

describe("exportAuditCsv", () => {
  // Keeps the byte order mark, which Response.text() would drop, to check that Excel gets it.
  const download = async (actor: Actor, filters: Record<string, string>) =>
    new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      await new Response(await exportAuditCsv(actor, filters)).arrayBuffer(),
    );

  it("writes a header and guards cells that a spreadsheet would run as formulas", async () => {
    const admin = asActor(await createPerson({ role: "admin", name: "=Admin" }));
    const recordType = `csv${unique()}`;
    await addEvent({
      action: "person.invited",
      actorId: admin.id,
      actorEmail: admin.email,
      recordType,
      recordId: "=1+2",
      ipAddress: "\t=cmd",
      userAgent: "@SUM(A1)",
      before: { note: "-2+3" },
      after: { note: '+HYPERLINK("http://evil.example")' },
    });
    const csv = await download(admin, { recordType });
    const [header, row, end] = csv.split("\n");
    expect(header).toBe(
      "\uFEFFEntry,When (UTC),Who,Email or source,Action,What happened,About,Record type,Record ID,Changes,Before (JSON),After (JSON),IP address,Browser",
    );
    expect(row).toContain(",'=Admin,");
    expect(row).toContain(",'=1+2,");
    expect(row).toContain(",'=cmd,'@SUM(A1)");
    expect(row).toContain(`"Note changed from -2+3 to +HYPERLINK(""http://evil.example"")"`);
    expect(end).toBe("");
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "audit.exported" } })).toBe(1);
  });

  it("records the chosen action and dates of a download, and only which searches were used", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const typed = "ghp" + "_" + "Zx9Yw8Vu".repeat(5);
    await download(admin, { person: typed, recordId: typed, action: "token.", from: "2026-01-01" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: admin.id, action: "audit.exported" } });
    expect(event.after).toEqual({
      filters: { action: "token.", from: "2026-01-01", searched: ["person", "recordId"] },
    });
    expect(
      JSON.stringify(event, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)),
    ).not.toContain("Zx9Yw8Vu");
  });

  it.each([
    "0000-01-01",
    "0001-01-01",
    "1969-12-31",
    "2200-01-01",
    "9999-12-31",
    "10000-01-01",
    "+002026-01-01",
    "2026-02-30",
    "garbage",
    "%00",
  ])("answers the date %j with a plain message, in the list and the download", async (date) => {
    const admin = asActor(await createPerson({ role: "admin" }));
    for (const field of ["from", "to"]) {
      await expect(listAuditEvents(admin, { [field]: date })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(exportAuditCsv(admin, { [field]: date })).rejects.toBeInstanceOf(InvalidInputError);
    }
  });

  it("reads every matching row once, in batches, newest first", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const recordType = `bulk${unique()}`;
    await db.auditEvent.createMany({
      data: Array.from({ length: 2_100 }, (_, index) => ({ action: "test.bulk", recordType, recordId: String(index) })),
    });
    const rows = (await download(admin, { recordType })).trim().split("\n").slice(1);
    expect(rows).toHaveLength(2_100);
    const recordIds = rows.map((row) => Number(row.split(",")[8]));
    expect(recordIds).toEqual(Array.from({ length: 2_100 }, (_, index) => 2_099 - index));
  });

  it("refuses people who are not admins, and bad filters", async () => {
    const admin = asActor(await createPerson({ role: "admin" }));
    const editor = asActor(await createPerson({ role: "editor" }));
    await expect(exportAuditCsv(editor, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAuditCsv(admin, { to: "31/03/2026" })).rejects.toBeInstanceOf(InvalidInputError);
    expect(
      await db.auditEvent.count({
        where: {
          actorId: editor.id,
          action: "authorization.refused",
          after: { equals: { attempted: "audit.export" } },
        },
      }),
    ).toBe(1);
  });
});
