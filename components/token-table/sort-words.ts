import type { SortColumn } from "@/lib/tokens/list-query";

type Direction = "asc" | "desc";

/** Each sortable column, and each direction, in words ("Expiry date, soonest first"). */
export const sortWords: Record<SortColumn, { label: string; asc: string; desc: string }> = {
  expiresOn: { label: "Expiry date", asc: "soonest first", desc: "latest first" },
  name: { label: "Token name", asc: "A to Z", desc: "Z to A" },
  service: { label: "Service", asc: "A to Z", desc: "Z to A" },
  owner: { label: "Owner", asc: "A to Z", desc: "Z to A" },
  criticality: { label: "Criticality", asc: "least critical first", desc: "most critical first" },
  updatedAt: { label: "Last changed", asc: "oldest change first", desc: "newest change first" },
};

export const describeSort = (column: SortColumn, dir: Direction) =>
  `${sortWords[column].label}, ${sortWords[column][dir]}`;
