import { readCalendarFeed } from "@/lib/calendar/read-calendar-feed";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("There is no calendar at this address. It may have been replaced by a new one.", { status: 404 });

/** GET /api/calendar/person/{key}.ics and /api/calendar/team/{key}.ics: private ICS feeds for calendar apps. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const { kind, file } = await params;
  if ((kind !== "person" && kind !== "team") || !file.endsWith(".ics")) return notFound();
  const calendar = await readCalendarFeed(kind, file.slice(0, -".ics".length));
  if (!calendar) return notFound();
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="tokenbook.ics"',
      "Cache-Control": "private, no-cache",
      "X-Robots-Tag": "noindex",
    },
  });
}
