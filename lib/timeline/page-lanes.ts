import type { Lane } from "./build-lanes";

/** Lanes (teams or owners) on one page, so the page stays small however many there are. */
export const lanesPerPage = 15;

export type LanePage = {
  lanes: Lane[];
  /** How many lanes there are in all, on every page. */
  laneCount: number;
  page: number;
  pages: number;
  /** The place (from 1) of the page's first lane among all. */
  firstLane: number;
};

/**
 * One page of lanes, most urgent first (as `lanes` come), the viewer's own lane (their own as owner,
 * their team's by team) ahead of all on page 1. A page past the last shows the last.
 */
export function pageLanes(lanes: Lane[], { ownKey, page = 1 }: { ownKey?: string | null; page?: number }): LanePage {
  const own = lanes.find((lane) => lane.key === ownKey);
  const ordered = own ? [own, ...lanes.filter((lane) => lane !== own)] : lanes;
  const pages = Math.max(1, Math.ceil(ordered.length / lanesPerPage));
  const shown = Math.min(Math.max(1, page), pages);
  const first = (shown - 1) * lanesPerPage;
  return {
    lanes: ordered.slice(first, first + lanesPerPage),
    laneCount: ordered.length,
    page: shown,
    pages,
    firstLane: first + 1,
  };
}
