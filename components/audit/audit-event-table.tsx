import Link from "next/link";
import { Cell, EmptyRow, Table, TableBody, TableFrame, TableHead } from "@/components/ui/table";
import type { AuditEventView } from "@/lib/audit/present-audit-event";
import { formatDateTime } from "@/lib/dates/format-date";
import { AuditChanges } from "./audit-changes";

const columns = ["When", "Who", "What happened", "About", "Changes"];

/** `timeZone`: the organisation's, which times of day are shown in. */
export function AuditEventTable({
  events,
  caption,
  timeZone,
}: {
  events: AuditEventView[];
  caption: string;
  timeZone: string;
}) {
  return (
    <TableFrame label="Audit entries">
      <Table caption={caption} className="min-w-[48rem]">
        <TableHead columns={columns} />
        <TableBody>
          {events.length === 0 && <EmptyRow columns={columns.length}>No entries match these filters.</EmptyRow>}
          {events.map((event) => (
            <tr key={event.id} className="align-top">
              <Cell className="whitespace-nowrap">{formatDateTime(event.at, timeZone)}</Cell>
              <Cell>
                <div className="font-medium text-slate-900">{event.who.name}</div>
                {event.who.detail && <div className="break-all text-slate-600">{event.who.detail}</div>}
              </Cell>
              <Cell>{event.description}</Cell>
              <Cell>
                {!event.about ? (
                  <span className="text-slate-600">Nothing in particular</span>
                ) : event.about.href ? (
                  <Link href={event.about.href} className="text-brand-700 underline">
                    {event.about.text}
                  </Link>
                ) : (
                  event.about.text
                )}
              </Cell>
              <Cell className="max-w-md">
                {event.changes.length > 0 ? (
                  <AuditChanges changes={event.changes} />
                ) : (
                  <span className="text-slate-600">No details</span>
                )}
              </Cell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}
