import Link from "next/link";
import type { CalendarEvent } from "@/lib/calendar/list-calendar-month";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { EventSign, eventWords } from "./event-signs";

/** One expiry or rotation date: its kind as a sign and words, then the token's name. */
export function CalendarEventLink({ event, compact = false }: { event: CalendarEvent; compact?: boolean }) {
  const kind = eventWords[event.kind];
  const status = tokenStatusWords[event.token.status];
  const link = (
    <Link
      href={`/tokens/${event.token.id}`}
      title={compact ? `${kind.label}: ${event.token.name} (${status.label})` : undefined}
      className={`text-brand-700 underline underline-offset-2 hover:text-brand-900 ${compact ? "block truncate" : ""}`}
    >
      <EventSign kind={event.kind} />
      <span className={compact ? "sr-only" : ""}>{kind.label}: </span>
      {event.token.name}
    </Link>
  );
  if (compact) return link;
  return (
    <>
      {link}{" "}
      <span className="text-slate-700">
        ({event.token.service} · {status.label} · owner {event.token.ownerName})
      </span>
    </>
  );
}
