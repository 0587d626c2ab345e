import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { exportTokensCsv, tokenCsvFileName } from "./export-tokens-csv";
import { parseTokenListQuery, sortableColumns } from "./list-query";
import { listTokens } from "./list-tokens";
import { tokenCsvColumns } from "./token-csv-columns";

const now = new Date("2026-12-05T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const marker = () => `m${randomBytes(4).toString("hex")}`;

async function viewer(): Promise<Actor> {
  const person = await createPerson({ role: "viewer" });
  return { id: person.id, email: person.email, name: person.name, role: person.role };
}

async function download(actor: Actor, params: Record<string, string>) {
  // Keeps the byte-order mark, which Response.text() would silently drop.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(
    await new Response(await exportTokensCsv(actor, params, now)).arrayBuffer(),
  );
}

/** Just enough CSV reading for these tests: quoted cells, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text: string) {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      endCell();
    } else if (!quoted && c === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += c;
    }
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const records = (text: string) => {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};

describe("exportTokensCsv", () => {
  it("writes a BOM and the import's headers, with Status after Environment", async () => {
    const text = await download(await viewer(), { q: marker() });
    expect(text.startsWith("\uFEFF")).toBe(true);
    const headers = tokenCsvColumns.map(([, header]) => header);
    expect(parseCsv(text.slice(1))[0]).toEqual([...headers.slice(0, 3), "Status", ...headers.slice(3)]);
    expect(headers).toEqual([
      "Name",
      "Service",
      "Environment",
      "Purpose",
      "What stops working",
      "Where the secret is stored",
      "Scopes",
      "Owner email",
      "Backup email",
      "Team",
      "Issued on",
      "Expires on",
      "Rotate every (days)",
      "Last rotated on",
      "Criticality",
      "Console link",
      "Tags",
      "Notes",
    ]);
  });

  it("writes every field of a token in plain words", async () => {
    const m = marker();
    const owner = await createPerson({ email: `owner-${m}@example.test` });
    const backup = await createPerson({ email: `backup-${m}@example.test` });
    const team = await createTeam(`Marketing ${m}`);
    await createTokenRecord({
      name: `HubSpot reporting ${m}`,
      ownerId: owner.id,
      backupId: backup.id,
      teamId: team.id,
      dependents: ["Weekly report", "CRM sync, nightly"],
      tags: [`crm${m}`, `a${m}`],
      scopes: "crm.objects.read",
      issuedOn: day("2026-01-02"),
      expiresOn: day("2026-12-12"),
      rotateEveryDays: 90,
      lastRotatedOn: day("2026-11-01"),
      criticality: "high",
      consoleUrl: "https://app.hubspot.com/private-apps",
      notes: "Line one\nline two",
    });
    const [row] = records(await download(await viewer(), { q: m }));
    expect(row).toEqual({
      Name: `HubSpot reporting ${m}`,
      Service: "HubSpot",
      Environment: "Production",
      Status: "Expiring soon",
      Purpose: "Pulls campaign numbers into the weekly marketing report",
      "What stops working": "Weekly report; CRM sync, nightly",
      "Where the secret is stored": "1Password › Marketing vault",
      Scopes: "crm.objects.read",
      "Owner email": `owner-${m}@example.test`,
      "Backup email": `backup-${m}@example.test`,
      Team: `Marketing ${m}`,
      "Issued on": "2026-01-02",
      "Expires on": "2026-12-12",
      "Rotate every (days)": "90",
      "Last rotated on": "2026-11-01",
      Criticality: "High",
      "Console link": "https://app.hubspot.com/private-apps",
      Tags: `a${m}; crm${m}`,
      Notes: "Line one\nline two",
    });
  });

  it("exports the current view: filters and sort honoured, every page included", async () => {
    const m = marker();
    const backup = await createPerson();
    for (let i = 0; i < 30; i++)
      await createTokenRecord({
        name: `Staging ${m} ${String(i).padStart(2, "0")}`,
        environment: "staging",
        backupId: backup.id,
      });
    await createTokenRecord({ name: `Production ${m}` });
    await createTokenRecord({ name: `Retired ${m}`, environment: "staging", state: "retired" });
    const rows = records(
      await download(await viewer(), {
        q: m,
        environment: "staging",
        sort: "name",
        dir: "desc",
        after: "any-token",
        size: "25",
      }),
    );
    expect(rows.map((row) => row.Name)).toEqual(
      Array.from({ length: 30 }, (_, i) => `Staging ${m} ${String(29 - i).padStart(2, "0")}`),
    );
  });

  it("lists tokens in the same order as the screen, for every sort", async () => {
    const m = marker();
    const people = [await createPerson({ name: `Zed ${m}` }), await createPerson({ name: `Amy ${m}` })];
    const expiries = [null, day("2027-03-01"), day("2026-12-20"), null, day("2027-03-01")];
    for (const [i, expiresOn] of expiries.entries()) {
      await createTokenRecord({
        name: `Order ${m} ${"ecadb"[i]}`,
        service: `Svc ${"bcaab"[i]}`,
        expiresOn,
        ownerId: people[i % 2].id,
        criticality: (["low", "critical", "high", "low", "medium"] as const)[i],
      });
    }
    const actor = await viewer();
    for (const sort of sortableColumns) {
      for (const dir of ["asc", "desc"]) {
        const params = { q: `Order ${m}`, sort, dir };
        const screen = (await listTokens(actor, parseTokenListQuery(params), now)).rows.map((row) => row.name);
        expect(
          records(await download(actor, params)).map((row) => row.Name),
          `${sort} ${dir}`,
        ).toEqual(screen);
      }
    }
  });

  it("escapes cells that a spreadsheet would run as a formula", async () => {
    const m = marker();
    await createTokenRecord({
      name: `=HYPERLINK("https://evil.example","${m}")`,
      notes: "+1 call me",
      dependents: ["@SUM(A1)"],
    });
    const [row] = records(await download(await viewer(), { q: m }));
    expect(row.Name).toBe(`'=HYPERLINK("https://evil.example","${m}")`);
    expect(row.Notes).toBe("'+1 call me");
    expect(row["What stops working"]).toBe("'@SUM(A1)");
  });

  it("refuses someone who is not signed in, and records the download of anyone who is", async () => {
    await expect(exportTokensCsv(null, {}, now)).rejects.toBeInstanceOf(UnauthenticatedError);
    const actor = await viewer();
    await download(actor, { status: "expired" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: actor.id, action: "token.exported" } });
    expect(event.after).toEqual({ view: "status=expired" });
  });

  it("records which searches were used, never the text typed into them", async () => {
    const actor = await viewer();
    const typed = "ghp" + "_" + "a1B2c3D4".repeat(5);
    await download(actor, { q: typed, service: `${typed}x`, tag: "pasted", status: "expired" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: actor.id, action: "token.exported" } });
    expect(event.after).toEqual({ view: "status=expired&searched=q,service,tag" });
    expect(JSON.stringify({ ...event, id: String(event.id) })).not.toContain("a1B2c3D4");
  });

  it("names the file by the UTC date", () => {
    expect(tokenCsvFileName(new Date("2026-03-31T23:30:00Z"))).toBe("tokenbook-tokens-2026-03-31.csv");
  });
});
