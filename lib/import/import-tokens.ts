import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, InvalidInputError } from "@/lib/errors";
import { insertTokens, TokenBatchProblem } from "@/lib/tokens/insert-tokens";
import { checkImportRequest } from "./check-import-rows";
import { authorizeImport } from "./authorize-import";
import { tellImportedHolders } from "./tell-imported-holders";
import type { ImportRequest, ImportSummary, RowWarning } from "./schema";

const rowsInWords = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "row needs" : "rows need"}`;

/**
 * Step 4: checks the file again from its text, then imports every row not skipped in one
 * transaction, a batch at a time, each token with its own audit row, plus one summary row. Any
 * problem means nothing is saved. Afterwards each owner and backup gets one email about all their tokens.
 */
export async function importTokens(
  actor: Actor | null,
  request: ImportRequest,
  now = new Date(),
): Promise<ImportSummary & { fileName: string }> {
  const me = await authorizeImport(actor);
  const { fileName, rows: all } = await checkImportRequest(request, now);
  const rows = all.filter((row) => !row.preview.skipped);
  const bad = rows.filter((row) => !row.parsed);
  if (bad.length > 0) {
    throw new InvalidInputError(
      `${rowsInWords(bad.length)} fixing (first on line ${bad[0].line}). Nothing was imported; fix or skip those rows and check again.`,
    );
  }
  if (rows.length === 0)
    throw new InvalidInputError(
      "Every row is skipped, so there is nothing to import. Include a row again, or choose another file.",
    );
  const skipped = all.length - rows.length;
  let tokens;
  try {
    tokens = await db.$transaction(
      async (tx) => {
        const inserted = await insertTokens(
          tx,
          me,
          rows.map((row) => row.parsed!),
          "token.imported",
        );
        await recordAudit(tx, {
          actor: me,
          action: "import.completed",
          recordType: "import",
          after: { fileName, count: rows.length, ...(skipped ? { skipped } : {}) },
        });
        return inserted;
      },
      // Thousands of rows with their audit rows can take longer than Prisma's 5-second default on a busy machine.
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof TokenBatchProblem)
      throw new InvalidInputError(`Line ${rows[error.index].line}: ${error.message} Nothing was imported.`);
    if (error instanceof DomainError) throw new InvalidInputError(`${error.message} Nothing was imported.`);
    throw error;
  }
  const emailed = await tellImportedHolders(me, tokens, request.invited ?? []);
  const counted = (...kinds: RowWarning["kind"][]) =>
    rows.filter((row) => row.preview.warnings.some((warning) => kinds.includes(warning.kind))).length;
  // Imported tokens start without a runbook: each one is a page still to write.
  return {
    count: rows.length,
    fileName,
    expired: counted("expired"),
    noBackup: counted("noBackup", "ownerIsBackup"),
    doesNotExpire: counted("doesNotExpire"),
    withoutRunbook: rows.length,
    skipped,
    emailed,
  };
}
