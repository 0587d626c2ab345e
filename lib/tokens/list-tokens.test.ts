import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { UnauthenticatedError } from "@/lib/errors";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { db } from "@/lib/db";
import { parseTokenListQuery, sortableColumns } from "./list-query";
import { listTokens, tokenCountLimit } from "./list-tokens";

const now = new Date("2026-12-05T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Every test marks its tokens with its own word, because they all share this file's database.
const marker = () => `m${randomBytes(4).toString("hex")}`;

async function viewer(): Promise<Actor> {
  const person = await createPerson({ role: "viewer" });
  return { id: person.id, email: person.email, name: person.name, role: person.role };
}

async function names(params: Record<string, string>) {
  const list = await listTokens(await viewer(), parseTokenListQuery(params), now);
  return list.rows.map((row) => row.name);
}

describe("listTokens search", () => {
  it("finds a token by its name, service, owner's name, backup's email or what it feeds, whatever the case", async () => {
    const m = marker();
    const owner = await createPerson({ name: `Ottilie Owner ${m}` });
    const backup = await createPerson({ email: `backup-${m}@example.test` });
    await createTokenRecord({ name: `Zephyr report key ${m}` });
    await createTokenRecord({ name: `By service ${m}x`, service: `Quokka${m}` });
    await createTokenRecord({ name: `By owner ${m}y`, ownerId: owner.id });
    await createTokenRecord({ name: `By backup ${m}z`, backupId: backup.id });
    await createTokenRecord({ name: `By dependent ${m}w`, dependents: ["Monthly cash report", `Board pack ${m}`] });

    expect(await names({ q: `ZEPHYR REPORT KEY ${m.toUpperCase()}` })).toEqual([`Zephyr report key ${m}`]);
    expect(await names({ q: `quokka${m}` })).toEqual([`By service ${m}x`]);
    expect(await names({ q: `ottilie owner ${m}` })).toEqual([`By owner ${m}y`]);
    expect(await names({ q: `BACKUP-${m.toUpperCase()}@EXAMPLE` })).toEqual([`By backup ${m}z`]);
    expect(await names({ q: `board pack ${m}` })).toEqual([`By dependent ${m}w`]);
  });

  it("searches for the first 100 characters of a longer search instead of dropping it", async () => {
    const m = marker();
    const name = `Long search ${m} ${"🔑".repeat(200)}`;
    await createTokenRecord({ name });
    const query = parseTokenListQuery({ q: `  ${name} and more words pasted after it` });
    expect([...query.q!]).toHaveLength(100);
    expect(name.startsWith(query.q!)).toBe(true);
    expect(await names({ q: query.q ?? "" })).toEqual([name]);
  });

  it("treats % and _ as the characters themselves, not wildcards", async () => {
    const m = marker();
    await createTokenRecord({ name: `p50%q_${m}` });
    await createTokenRecord({ name: `p50zzqx${m}` });
    expect(await names({ q: `p50%q_${m}` })).toEqual([`p50%q_${m}`]);
    expect(await names({ q: `q_${m}` })).toEqual([`p50%q_${m}`]);
  });
});

describe("listTokens filters", () => {
  it("filters by status, using the same rules as the badge", async () => {
    const m = marker();
    const backup = await createPerson();
    await createTokenRecord({ name: `Expired ${m}`, expiresOn: day("2026-11-30"), backupId: backup.id });
    await createTokenRecord({ name: `Healthy ${m}`, expiresOn: day("2027-06-01"), backupId: backup.id });
    await createTokenRecord({ name: `No backup ${m}`, expiresOn: day("2027-06-01") });
    await createTokenRecord({ name: `Compromised ${m}`, state: "compromised", backupId: backup.id });
    expect(await names({ q: m, status: "expired" })).toEqual([`Expired ${m}`]);
    expect(await names({ q: m, status: "healthy" })).toEqual([`Healthy ${m}`]);
    expect(await names({ q: m, status: "no_backup" })).toEqual([`No backup ${m}`]);
    expect(await names({ q: m, status: "compromised" })).toEqual([`Compromised ${m}`]);
  });

  it("filters by team, owner or backup, service, environment, criticality and tag", async () => {
    const m = marker();
    const team = await createTeam(`Finance ${m}`);
    const person = await createPerson();
    await createTokenRecord({ name: `Team ${m}`, teamId: team.id });
    await createTokenRecord({ name: `Owned ${m}`, ownerId: person.id });
    await createTokenRecord({ name: `Backed up ${m}`, backupId: person.id });
    await createTokenRecord({ name: `Service ${m}`, service: `Xero ${m}` });
    await createTokenRecord({ name: `Staging ${m}`, environment: "staging" });
    await createTokenRecord({ name: `Critical ${m}`, criticality: "critical" });
    await createTokenRecord({ name: `Tagged ${m}`, tags: [`payroll${m}`] });

    expect(await names({ q: m, team: team.id })).toEqual([`Team ${m}`]);
    expect((await names({ q: m, owner: person.id })).sort()).toEqual([`Backed up ${m}`, `Owned ${m}`]);
    expect(await names({ service: `XERO ${m.toUpperCase()}` })).toEqual([`Service ${m}`]);
    expect(await names({ q: m, environment: "staging" })).toEqual([`Staging ${m}`]);
    expect(await names({ q: m, criticality: "critical" })).toEqual([`Critical ${m}`]);
    expect(await names({ q: m, tag: `PAYROLL${m.toUpperCase()}` })).toEqual([`Tagged ${m}`]);
  });

  it("hides retired tokens unless the retired status is chosen", async () => {
    const m = marker();
    await createTokenRecord({ name: `Retired ${m}`, state: "retired" });
    await createTokenRecord({ name: `Active ${m}` });
    expect(await names({ q: m })).toEqual([`Active ${m}`]);
    expect(await names({ q: m, status: "retired" })).toEqual([`Retired ${m}`]);
  });
});

describe("listTokens order and pages", () => {
  it("sorts by expiry with “does not expire” last, in both directions", async () => {
    const m = marker();
    await createTokenRecord({ name: `Never ${m}`, expiresOn: null });
    await createTokenRecord({ name: `Late ${m}`, expiresOn: day("2028-01-01") });
    await createTokenRecord({ name: `Soon ${m}`, expiresOn: day("2026-12-10") });
    expect(await names({ q: m })).toEqual([`Soon ${m}`, `Late ${m}`, `Never ${m}`]);
    expect(await names({ q: m, sort: "expiresOn", dir: "desc" })).toEqual([`Late ${m}`, `Soon ${m}`, `Never ${m}`]);
  });

  it("sorts by name and by criticality", async () => {
    const m = marker();
    await createTokenRecord({ name: `b ${m}`, criticality: "low" });
    await createTokenRecord({ name: `A ${m}`, criticality: "critical" });
    await createTokenRecord({ name: `c ${m}`, criticality: "high" });
    expect(await names({ q: m, sort: "name" })).toEqual([`A ${m}`, `b ${m}`, `c ${m}`]);
    expect(await names({ q: m, sort: "criticality", dir: "desc" })).toEqual([`A ${m}`, `c ${m}`, `b ${m}`]);
  });

  it("pages by key through every sort, forwards and back, never skipping or repeating a token", async () => {
    const m = marker();
    const people = await Promise.all(
      ["Ann", "Bob", "Bob"].map((name) => createPerson({ name: `${name} ${m}`, role: "editor" })),
    );
    const criticalities = ["low", "medium", "high", "critical"] as const;
    // Ties on every column (two owners named Bob, repeated dates, levels and services), and tokens without an expiry.
    for (let i = 0; i < 60; i++) {
      await createTokenRecord({
        name: `Paged ${m} ${String(i % 40).padStart(2, "0")}${i >= 40 ? " again" : ""}`,
        service: `Service ${i % 3}`,
        ownerId: people[i % 3].id,
        criticality: criticalities[i % 4],
        expiresOn: i % 7 === 0 ? null : day(`2027-01-${String(1 + (i % 9)).padStart(2, "0")}`),
      });
    }
    const actor = await viewer();
    const read = (params: Record<string, string>) =>
      listTokens(actor, parseTokenListQuery({ q: m, size: "25", ...params }), now);
    for (const sort of sortableColumns) {
      for (const dir of ["asc", "desc"]) {
        const all = (await listTokens(actor, parseTokenListQuery({ q: m, size: "100", sort, dir }), now)).rows.map(
          (row) => row.id,
        );
        expect(all, `${sort} ${dir}`).toHaveLength(60);
        const forwards: string[][] = [];
        let page = await read({ sort, dir });
        expect(page).toMatchObject({ total: 60, moreThanTotal: false, first: true, previousBefore: null });
        forwards.push(page.rows.map((row) => row.id));
        while (page.nextAfter) {
          page = await read({ sort, dir, after: page.nextAfter });
          forwards.push(page.rows.map((row) => row.id));
        }
        expect(forwards.flat(), `${sort} ${dir} forwards`).toEqual(all);
        expect(forwards.map((rows) => rows.length)).toEqual([25, 25, 10]);
        const backwards: string[][] = [forwards[2]];
        while (page.previousBefore) {
          page = await read({ sort, dir, before: page.previousBefore });
          backwards.unshift(page.rows.map((row) => row.id));
        }
        expect(backwards.flat(), `${sort} ${dir} backwards`).toEqual(all);
        expect(page.first).toBe(true);
      }
    }
  });

  it("counts matches up to a limit and says when there are more", async () => {
    const m = marker();
    const owner = await createPerson({ role: "editor" });
    await db.token.createMany({
      data: Array.from({ length: tokenCountLimit + 5 }, (_, i) => ({
        name: `Many ${m} ${i}`,
        nameKey: `many ${m} ${i}`,
        service: "HubSpot",
        serviceKey: "hubspot",
        purpose: "Counted",
        environment: "production" as const,
        secretLocation: "Vault",
        ownerId: owner.id,
      })),
    });
    const list = await listTokens(await viewer(), parseTokenListQuery({ q: m }), now);
    expect(list).toMatchObject({ total: tokenCountLimit, moreThanTotal: true });
    expect(list.rows).toHaveLength(25);
    await db.token.deleteMany({ where: { nameKey: { startsWith: `many ${m}` } } });
  });

  it("starts at the top when a page's key names no token (a stale link)", async () => {
    const m = marker();
    await createTokenRecord({ name: `Only ${m}` });
    const list = await listTokens(await viewer(), parseTokenListQuery({ q: m, after: "no-such-token" }), now);
    expect(list).toMatchObject({ first: true, previousBefore: null, nextAfter: null });
    expect(list.rows.map((row) => row.name)).toEqual([`Only ${m}`]);
  });
});

describe("listTokens access", () => {
  it("lets a viewer list, with owner, backup and status on each row", async () => {
    const m = marker();
    const owner = await createPerson({ name: `Olive ${m}` });
    const backup = await createPerson({ name: `Bram ${m}` });
    await createTokenRecord({
      name: `HubSpot key ${m}`,
      ownerId: owner.id,
      backupId: backup.id,
      expiresOn: day("2026-12-12"),
    });
    const [row] = (await listTokens(await viewer(), parseTokenListQuery({ q: m }), now)).rows;
    expect(row).toMatchObject({
      owner: { name: `Olive ${m}` },
      backup: { name: `Bram ${m}` },
      status: "expiring_soon",
    });
  });

  it("refuses someone who is not signed in", async () => {
    await expect(listTokens(null, parseTokenListQuery({}), now)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
