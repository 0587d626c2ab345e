import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { markWholePage, refuseWholePage, wholePageRequestHeader } from "./whole-page-registry";

/**
 * Lets the web server keep this request's whole answer for `actor` (lib/http/whole-page-cache.ts): for a
 * page whose data all came through the page cache at `dataVersion`, so that the answer depends on nothing
 * but the person, the address, the data version and the quarter hour. Nothing is kept without a data version
 * (a session read through Auth.js) or outside Tokenbook's web server (no request stamp).
 */
export async function keepWholePage(actor: Actor, dataVersion: bigint | undefined): Promise<void> {
  if (dataVersion === undefined) return;
  const requestId = (await headers()).get(wholePageRequestHeader);
  if (requestId) markWholePage(requestId, { personId: actor.id, dataVersion });
}

/** Keeps this request's answer from being kept whole: called by any part of a page that reads data outside the page cache. */
export async function neverKeepWholePage(): Promise<void> {
  const requestId = (await headers()).get(wholePageRequestHeader);
  if (requestId) refuseWholePage(requestId);
}
