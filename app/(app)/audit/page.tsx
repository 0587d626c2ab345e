import type { Metadata } from "next";
import Link from "next/link";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AccessRefused } from "@/components/layout/access-refused";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { auditExportLimit } from "@/lib/audit/export-audit-csv";
import { listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditFilterQuery, readAuditFilterValues, type AuditSearchParams } from "@/lib/audit/schema";
import type { Actor } from "@/lib/auth/actor";
import { loadForPage } from "@/lib/auth/load-for-page";
import { InvalidInputError } from "@/lib/errors";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

export const metadata: Metadata = { title: "Audit log" };

async function loadAuditLog(actor: Actor, search: AuditSearchParams) {
  const actionOptions = await listAuditActions(actor);
  try {
    return { actionOptions, list: await listAuditEvents(actor, search), invalid: null };
  } catch (error) {
    if (error instanceof InvalidInputError) return { actionOptions, list: null, invalid: error };
    throw error;
  }
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<AuditSearchParams> }) {
  const search = await searchParams;
  const [page, timeZone] = await Promise.all([loadForPage((actor) => loadAuditLog(actor, search)), readTimeZone()]);
  if (page.refused) return <AccessRefused what="the audit log" />;
  const { actionOptions, list, invalid } = page.data;
  const values = readAuditFilterValues(search);
  const paged = typeof search.before === "string" && search.before !== "";
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="text-slate-700">
          Every change in Tokenbook: who made it, when, and what it was before and after. Entries can never be edited or
          removed.
        </p>
      </div>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Find entries</h2>
        <AuditFilterForm
          values={values}
          errors={invalid?.fields}
          actionGroups={actionOptions.groups}
          actions={actionOptions.actions}
        />
      </Card>
      {invalid && <Notice tone="error">{invalid.message}</Notice>}
      {list && (
        <>
          <div className="flex flex-wrap items-center justify-between gap-4 text-sm">
            <p className="text-slate-700">{paged ? "Older entries, newest first." : "Newest entries first."}</p>
            <a href={`/api/audit/export?${auditFilterQuery(values)}`} className="text-brand-700 underline" download>
              Download as CSV (up to {auditExportLimit.toLocaleString("en-GB")} entries)
            </a>
          </div>
          <AuditEventTable
            events={list.events}
            caption="Audit log entries matching the filters, newest first"
            timeZone={timeZone}
          />
          <nav aria-label="Pages of the audit log" className="flex flex-wrap gap-6 text-sm">
            {paged && (
              <Link href={`/audit?${auditFilterQuery(values)}`} className="text-brand-700 underline">
                Back to the newest entries
              </Link>
            )}
            {list.olderThan && (
              <Link
                href={`/audit?${auditFilterQuery(values, { before: list.olderThan })}`}
                className="text-brand-700 underline"
              >
                Older entries
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
