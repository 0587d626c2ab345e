import { currentActor } from "@/lib/auth/current-actor";
import { describeError } from "@/lib/http/describe-error";
import { exportTokensXlsx, tokenXlsxFileName } from "@/lib/tokens/export-tokens-xlsx";

export const dynamic = "force-dynamic";

const plainText = (message: string, status: number) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request) {
  const actor = await currentActor();
  // Answered before any domain call so strangers cannot add rows to the audit log by calling this address.
  if (!actor) return plainText("Please sign in to download the token list.", 401);
  try {
    const now = new Date();
    const workbook = await exportTokensXlsx(actor, new URL(request.url).searchParams, now);
    return new Response(new Uint8Array(workbook), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${tokenXlsxFileName(now)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const { status, message } = describeError(error);
    return plainText(message, status);
  }
}
