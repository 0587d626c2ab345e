import Link from "next/link";
import type { GridEvent } from "@/lib/calendar/calendar-month";
import type { CalendarEvent } from "@/lib/calendar/list-calendar-month";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { EventSign, eventWords } from "./event-signs";

/**
 * A date in the month grid: its kind as a sign (and in words for screen readers and on phones), then
 * the token's name; the title says it all in full. Styled by `.calendar-grid` (app/globals.css).
 */
export function CalendarGridEvent({ event }: { event: GridEvent }) {
  const kind = eventWords[event.kind];
  return (
    <Link
      href={`/tokens/${event.token.id}`}
      title={`${kind.label}: ${event.token.name} (${tokenStatusWords[event.token.status].label})`}
    >
      <EventSign kind={event.kind} />
      <span>{`${kind.label}: `}</span>
      {event.token.name}
    </Link>
  );
}

/** A date in a list: its kind as a sign and words, the token's name, then its service, status and owner. */
export function CalendarListEvent({ event }: { event: CalendarEvent }) {
  const { token } = event;
  return (
    <>
      <Link href={`/tokens/${token.id}`} className="calendar-event">
        <EventSign kind={event.kind} />
        {`${eventWords[event.kind].label}: ${token.name}`}
      </Link>{" "}
      <span className="text-slate-700">{`(${token.service} · ${tokenStatusWords[token.status].label} · owner ${token.ownerName})`}</span>
    </>
  );
}
