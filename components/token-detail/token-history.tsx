import { AuditChanges } from "@/components/audit/audit-changes";
import { Card } from "@/components/ui/card";
import type { AuditEventView } from "@/lib/audit/present-audit-event";
import { formatDateTime } from "@/lib/dates/format-date";

// A new token's (or runbook's) every field is on the page already; its history entry lists them folded away.
const foldedActions = new Set(["token.created", "token.imported", "runbook.created"]);

/** Every change to the token, newest first, as a timeline of sentences. */
/** `timeZone`: the organisation's, which times of day are shown in. */
export function TokenHistory({ events, timeZone }: { events: AuditEventView[]; timeZone: string }) {
  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">History</h2>
      {events.length === 0 ? (
        <p className="text-slate-700">Nothing recorded yet.</p>
      ) : (
        <ol className="space-y-4 border-l-2 border-slate-200 pl-5">
          {events.map((event) => (
            <li key={event.id} className="relative">
              <span
                aria-hidden="true"
                className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600"
              />
              <p className="font-medium text-slate-900">{event.description}</p>
              <p className="text-sm text-slate-600">
                {event.who.name} · <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, timeZone)}</time>
              </p>
              {event.changes.length > 0 &&
                (foldedActions.has(event.action) ? (
                  <details className="mt-1 text-sm">
                    <summary className="cursor-pointer text-brand-700">What was recorded</summary>
                    <AuditChanges changes={event.changes} />
                  </details>
                ) : (
                  <div className="mt-1 text-sm text-slate-800">
                    <AuditChanges changes={event.changes} by={event.who.name} />
                  </div>
                ))}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
