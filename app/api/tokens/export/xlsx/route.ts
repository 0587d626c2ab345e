import { listDownload } from "@/lib/http/list-download";
import { exportTokensXlsx, tokenXlsxFileName } from "@/lib/tokens/export-tokens-xlsx";

export const dynamic = "force-dynamic";

export const GET = listDownload(async (actor, params, now) => ({
  body: new Uint8Array(await exportTokensXlsx(actor, params, now)),
  contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  fileName: tokenXlsxFileName(now),
}));
