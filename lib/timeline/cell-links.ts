import { addDays, isoDay } from "@/lib/dates/calendar-day";
import { noTeam } from "@/lib/tokens/no-team";
import type { TimelineGrouping } from "./timeline-query";
import type { TimelineBucket } from "./timeline-window";

/**
 * What a busy cell links to: a short address of its own (`/timeline/owner/<id>/<first day>/<last
 * day>`) that forwards to that list; the page repeats it in every busy cell, so its length counts.
 */
export const cellHref = (group: TimelineGrouping, laneId: string | null, bucket: TimelineBucket) =>
  `/timeline/${group}/${laneId ?? noTeam}/${isoDay(bucket.start)}/${isoDay(addDays(bucket.end, -1))}`;
