import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, InvalidInputError } from "@/lib/errors";
import { insertToken } from "@/lib/tokens/save-token";
import { checkImportRequest } from "./check-import-rows";
import { authorizeImport } from "./authorize-import";
import type { ImportRequest, ImportSummary, RowWarning } from "./schema";

const rowsInWords = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "row needs" : "rows need"}`;

/**
 * Step 4: checks the file again from its text, then imports every row in one transaction, each with
 * its own audit row, plus one summary row. Any problem means nothing is saved.
 */
export async function importTokens(actor: Actor | null, request: ImportRequest, now = new Date()): Promise<ImportSummary & { fileName: string }> {
  const me = await authorizeImport(actor);
  const { fileName, rows } = await checkImportRequest(request, now);
  const bad = rows.filter((row) => !row.parsed);
  if (bad.length > 0) {
    throw new InvalidInputError(`${rowsInWords(bad.length)} fixing (first on line ${bad[0].line}). Nothing was imported; fix the file and check it again.`);
  }
  let line = 0;
  try {
    await db.$transaction(
      async (tx) => {
        for (const row of rows) {
          line = row.line;
          await insertToken(tx, me, row.parsed!, "token.imported");
        }
        await recordAudit(tx, { actor: me, action: "import.completed", recordType: "import", after: { fileName, count: rows.length } });
      },
      // Thousands of rows with their audit rows take longer than Prisma's 5-second default.
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof DomainError) {
      throw new InvalidInputError(`Line ${line}: ${error.message} Nothing was imported.`);
    }
    throw error;
  }
  const counted = (kind: RowWarning["kind"]) => rows.filter((row) => row.preview.warnings.some((warning) => warning.kind === kind)).length;
  // Imported tokens start without a runbook: each one is a page still to write.
  return { count: rows.length, fileName, expired: counted("expired"), noBackup: counted("noBackup"), doesNotExpire: counted("doesNotExpire"), withoutRunbook: rows.length };
}
