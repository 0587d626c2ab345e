import type { Cell, Lane, TimelineToken } from "./build-lanes";

/** What the chart draws of a lane (its order and urgency were the server's business). */
export type ChartLane = Pick<Lane, "key" | "id" | "label" | "inactive" | "total" | "cells">;

/**
 * A cell as it travels to the chart, in React's payload beside the HTML: a page holds hundreds, so
 * they go without field names, and with tokens only where they are drawn one by one.
 */
type PackedCell = [bucket: number, total: number, worst: Cell["worst"], tokens?: TimelineToken[]];
export type PackedLane = Omit<ChartLane, "key" | "cells"> & { cells: PackedCell[] };

export const packLane = ({ id, label, inactive, total, cells }: ChartLane): PackedLane => ({
  id,
  label,
  inactive,
  total,
  cells: cells.map(({ bucket, total, worst, tokens }) =>
    tokens ? [bucket, total, worst, tokens] : [bucket, total, worst],
  ),
});

export const unpackLane = ({ cells, ...lane }: PackedLane): ChartLane => ({
  ...lane,
  key: lane.id ?? "none",
  cells: cells.map(([bucket, total, worst, tokens]) => ({ bucket, total, worst, tokens: tokens ?? null })),
});
