import { listDownload } from "@/lib/http/list-download";
import { exportTokensCsv, tokenCsvFileName } from "@/lib/tokens/export-tokens-csv";

export const dynamic = "force-dynamic";

export const GET = listDownload(async (actor, params, now) => ({
  body: await exportTokensCsv(actor, params, now),
  contentType: "text/csv; charset=utf-8",
  fileName: tokenCsvFileName(now),
}));
