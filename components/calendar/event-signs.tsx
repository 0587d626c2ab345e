import { Hourglass, RefreshCw } from "lucide-react";
import { SignUse } from "@/components/ui/sign-use";
import type { CalendarEvent } from "@/lib/calendar/list-calendar-month";

/** The calendar's two kinds of date, each with its sign (drawn into the sprite file) and words. */
export const eventWords = {
  expiry: { icon: Hourglass, label: "Expires" },
  rotation: { icon: RefreshCw, label: "Rotation due" },
} as const;

export const eventSymbolId = (kind: CalendarEvent["kind"]) => `event-${kind}`;

/** An event kind's sign from the sprite file, sized like InlineIcon in `.calendar-event` and `.calendar-grid` (app/globals.css). */
export function EventSign({ kind }: { kind: CalendarEvent["kind"] }) {
  return <SignUse id={eventSymbolId(kind)} />;
}
