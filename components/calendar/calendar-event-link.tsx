import Link from "next/link";
import type { CalendarEvent } from "@/lib/calendar/list-calendar-month";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { EventSign, eventWords } from "./event-signs";

/** One expiry or rotation date: its kind as a sign and words, then the token's name (see `.calendar-event`). */
export function CalendarEventLink({ event, compact = false }: { event: CalendarEvent; compact?: boolean }) {
  const kind = eventWords[event.kind];
  const status = tokenStatusWords[event.token.status];
  const link = (
    <Link
      href={`/tokens/${event.token.id}`}
      title={compact ? `${kind.label}: ${event.token.name} (${status.label})` : undefined}
      className={compact ? "calendar-event block md:truncate" : "calendar-event"}
    >
      <EventSign kind={event.kind} />
      {compact ? (
        <>
          <span className="md:sr-only">{`${kind.label}: `}</span>
          {event.token.name}
        </>
      ) : (
        `${kind.label}: ${event.token.name}`
      )}
    </Link>
  );
  if (compact) return link;
  return (
    <>
      {link}{" "}
      <span className="text-slate-700">{`(${event.token.service} · ${status.label} · owner ${event.token.ownerName})`}</span>
    </>
  );
}
