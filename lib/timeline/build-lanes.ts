import type { TokenStatus } from "@/lib/tokens/token-status";
import type { TimelineGrouping } from "./timeline-query";
import { bucketOf, bucketStart, type TimelineWindow } from "./timeline-window";

export type TimelineToken = {
  id: string;
  name: string;
  service: string;
  expiresOn: Date;
  status: TokenStatus;
  owner: { id: string; name: string; active: boolean };
  team: { id: string; name: string } | null;
};

export type Cluster = { bucket: number; date: Date; total: number; tokens: TimelineToken[] };
export type Lane = { key: string; label: string; teamId: string | null; inactive: boolean; total: number; clusters: Cluster[] };

/** A cluster lists this many tokens when opened; the rest is one link away in the token list. */
export const listedPerCluster = 4;

function laneOf(token: TimelineToken, group: TimelineGrouping) {
  if (group === "owner") return { key: `owner-${token.owner.id}`, label: token.owner.name, teamId: null, inactive: !token.owner.active };
  return token.team
    ? { key: `team-${token.team.id}`, label: token.team.name, teamId: token.team.id, inactive: false }
    : { key: "no-team", label: "No team", teamId: null, inactive: false };
}

/**
 * Tokens (sorted by expiry) into one lane per team or owner, and within a lane one cluster per day
 * (per week on the 12-month view), so hundreds of expiries stay countable and clickable.
 */
export function buildLanes(tokens: TimelineToken[], window: TimelineWindow, group: TimelineGrouping): Lane[] {
  const lanes = new Map<string, Lane>();
  const clusters = new Map<string, Cluster>();
  for (const token of tokens) {
    const identity = laneOf(token, group);
    let lane = lanes.get(identity.key);
    if (!lane) {
      lane = { ...identity, total: 0, clusters: [] };
      lanes.set(identity.key, lane);
    }
    lane.total++;
    const bucket = bucketOf(window, token.expiresOn);
    let cluster = clusters.get(`${identity.key} ${bucket}`);
    if (!cluster) {
      cluster = { bucket, date: bucketStart(window, bucket), total: 0, tokens: [] };
      clusters.set(`${identity.key} ${bucket}`, cluster);
      lane.clusters.push(cluster);
    }
    cluster.total++;
    if (cluster.tokens.length < listedPerCluster) cluster.tokens.push(token);
  }
  return [...lanes.values()].sort((a, b) => Number(a.key === "no-team") - Number(b.key === "no-team") || a.label.localeCompare(b.label, "en"));
}
