// Fixing rows in the preview: corrected cells, skipped rows, and warnings of possible duplicates.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importTokens } from "./import-tokens";
import { previewImport } from "./preview-import";
import { dayFirst, isoDay, shownDay } from "@/testing/dates";
import {
  asActor,
  expiry,
  fixedExpiry,
  githubToken,
  goodRow,
  people,
  request,
  setUpImportPeople,
  toCsv,
} from "@/testing/import-test-sheet";

beforeAll(setUpImportPeople);

describe("fixing rows in the preview", () => {
  const fixNames = ["Report key 1200", "Report key 1201", "Report key 1202", "Report key 1203"];
  const fixRows = () => {
    const rows = [goodRow(1200), goodRow(1201), goodRow(1202), goodRow(1203)];
    rows[1]["Expiry date"] = "end of year";
    rows[2].Env = "prodd";
    rows[3].Deputy = rows[3]["Owner e-mail"].toLowerCase();
    return toCsv(rows);
  };

  it("a corrected cell is checked again at once; a skipped row is left out; nothing is imported while a row is bad", async () => {
    const csvText = fixRows();
    const first = await previewImport(asActor(people.admin), request(csvText));
    expect(first).toMatchObject({ readyCount: 2, problemCount: 2, skippedCount: 0 });
    expect(first.rows[1].cells).toEqual({ expiresOn: "end of year" });
    expect(first.rows[1].problems).toEqual([
      { column: "Expiry date", field: "expiresOn", message: expect.stringMatching(/isn't a date Tokenbook can read/) },
    ]);
    // Owner written as backup too: a warning, imported without a backup.
    expect(first.rows[3].problems).toEqual([]);
    expect(first.rows[3].warnings.map((warning) => warning.kind)).toEqual(["ownerIsBackup"]);

    const edits = [{ line: 3, field: "expiresOn" as const, value: dayFirst(fixedExpiry) }];
    const fixedOne = await previewImport(asActor(people.admin), request(csvText, { edits }));
    expect(fixedOne).toMatchObject({ readyCount: 3, problemCount: 1 });
    expect(fixedOne.rows[1].expiry.startsWith(shownDay(fixedExpiry))).toBe(true);
    await expect(importTokens(asActor(people.admin), request(csvText, { edits }))).rejects.toThrow(
      /1 row needs fixing \(first on line 4\)/,
    );
    expect(await db.token.count({ where: { name: { in: fixNames } } })).toBe(0);

    const secret = await previewImport(
      asActor(people.admin),
      request(csvText, { edits: [...edits, { line: 4, field: "environment", value: githubToken }] }),
    );
    expect(JSON.stringify(secret)).not.toContain(githubToken);
    expect(secret.rows[2].cells).toEqual({ environment: "" });

    const ready = request(csvText, { edits, skippedLines: [4] });
    expect(await previewImport(asActor(people.admin), ready)).toMatchObject({
      readyCount: 3,
      problemCount: 0,
      skippedCount: 1,
    });
    const summary = await importTokens(asActor(people.admin), ready);
    expect(summary).toMatchObject({ count: 3, skipped: 1, noBackup: 1 });
    const saved = await db.token.findMany({
      where: { name: { in: fixNames } },
      orderBy: { name: "asc" },
      select: { name: true, expiresOn: true, backupId: true },
    });
    expect(
      saved.map((token) => [token.name, token.expiresOn?.toISOString().slice(0, 10), token.backupId === null]),
    ).toEqual([
      ["Report key 1200", undefined, false],
      ["Report key 1201", isoDay(fixedExpiry), false],
      ["Report key 1203", isoDay(expiry), true],
    ]);
    const audited = await db.auditEvent.findFirstOrThrow({
      where: {
        action: "token.imported",
        recordId: (await db.token.findFirstOrThrow({ where: { name: "Report key 1201" } })).id,
      },
    });
    expect(audited.after).toMatchObject({
      name: "Report key 1201",
      expiresOn: isoDay(fixedExpiry),
      owner: people.owners[1].email,
      backup: people.owners[2].email,
      tags: ["marketing", "reporting"],
      team: "Marketing Ops",
      dependents: ["Weekly report", "Board dashboard"],
    });
  });

  it("warns of a possible duplicate of a token already in Tokenbook, by name and service in another environment or spelt a little differently", async () => {
    const rows = [goodRow(1301), goodRow(1302)];
    Object.assign(rows[0], { "Token name": "existing-stripe KEY", Vendor: "stripe", Env: "staging" });
    const preview = await previewImport(asActor(people.admin), request(toCsv(rows)));
    expect(preview.problemCount).toBe(0);
    expect(preview.rows[0].warnings).toEqual([
      {
        kind: "possibleDuplicate",
        text: expect.stringContaining("Possibly the same token as “Existing Stripe key” (Stripe, production)"),
      },
    ]);
    expect(preview.rows[1].warnings).toEqual([]);
  });
});
