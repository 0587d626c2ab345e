import { auditCsvFileName, exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { currentActor } from "@/lib/auth/current-actor";
import { describeError } from "@/lib/http/describe-error";

export const dynamic = "force-dynamic";

const plainText = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(request: Request) {
  const actor = await currentActor();
  // Answered before any domain call so strangers cannot add rows to the audit log by calling this address.
  if (!actor) return plainText("Please sign in to download the audit log.", 401);
  try {
    const csv = await exportAuditCsv(actor, Object.fromEntries(new URL(request.url).searchParams));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${auditCsvFileName()}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const { status, message } = describeError(error);
    return plainText(message, status);
  }
}
