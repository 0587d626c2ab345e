import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/errors";
import { keepWholePage, neverKeepWholePage } from "@/lib/page-cache/keep-whole-page";
import { readThroughPageCache } from "@/lib/page-cache/read-through-page-cache";
import type { Actor } from "./actor";
import { readSignedIn } from "./current-actor";
import { returnPathHeader, signInHref } from "./return-path";

export type PageLoad<T> = { refused: false; actor: Actor; data: T } | { refused: true; actor: Actor };

/**
 * Kept page data (lib/page-cache), read for one person: `key` holds the page's parameters, `now` the
 * time the page is rendered for; the person's id and role are added to the key here.
 */
export type PageCacheKey = { key: readonly unknown[]; now: Date };

/**
 * Signed-in pages: send strangers to sign in, and let the domain function decide what the actor may
 * see. With `cached`, the answer is shared with this person's later requests for the same page until
 * the data changes (a refusal or a missing token is never kept), and so may the whole rendered page be
 * (keepWholePage); without it, no part of that page is kept (neverKeepWholePage).
 */
export async function loadForPage<T>(load: (actor: Actor) => Promise<T>, cached?: PageCacheKey): Promise<PageLoad<T>> {
  const { actor, dataVersion } = await readSignedIn();
  if (!actor) redirect(signInHref((await headers()).get(returnPathHeader)));
  try {
    if (!cached) {
      await neverKeepWholePage();
      return { refused: false, actor, data: await load(actor) };
    }
    const data = await readThroughPageCache(
      [actor.id, actor.role, ...cached.key],
      cached.now,
      () => load(actor),
      dataVersion,
    );
    await keepWholePage(actor, dataVersion);
    return { refused: false, actor, data };
  } catch (error) {
    if (error instanceof ForbiddenError) return { refused: true, actor };
    throw error;
  }
}
