import Link from "next/link";
import type { AuditEventView } from "@/lib/audit/present-audit-event";
import { formatDateTime } from "@/lib/dates/format-date";
import { AuditChanges } from "./audit-changes";

const columns = ["When", "Who", "What happened", "About", "Changes"];

/** `timeZone`: the organisation's, which times of day are shown in. */
export function AuditEventTable({ events, caption, timeZone }: { events: AuditEventView[]; caption: string; timeZone: string }) {
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-label="Audit entries" tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-3 font-medium">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {events.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="px-4 py-6 text-center text-slate-600">No entries match these filters.</td>
            </tr>
          )}
          {events.map((event) => (
            <tr key={event.id} className="align-top">
              <td className="whitespace-nowrap px-4 py-3">{formatDateTime(event.at, timeZone)}</td>
              <td className="px-4 py-3">
                <div className="font-medium text-slate-900">{event.who.name}</div>
                {event.who.detail && <div className="break-all text-slate-600">{event.who.detail}</div>}
              </td>
              <td className="px-4 py-3">{event.description}</td>
              <td className="px-4 py-3">
                {!event.about ? (
                  <span className="text-slate-600">Nothing in particular</span>
                ) : event.about.href ? (
                  <Link href={event.about.href} className="text-brand-700 underline">{event.about.text}</Link>
                ) : (
                  event.about.text
                )}
              </td>
              <td className="max-w-md px-4 py-3">
                {event.changes.length > 0 ? <AuditChanges changes={event.changes} /> : <span className="text-slate-600">No details</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
