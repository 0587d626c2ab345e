import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { loadForPage, type PageCacheKey } from "@/lib/auth/load-for-page";
import { NotFoundError } from "@/lib/errors";

/** The runbook pages' shared loading: strangers sign in, a missing token is a 404; `cached` as loadForPage's. */
export async function loadRunbookPage<T>(load: (actor: Actor) => Promise<T>, cached?: PageCacheKey) {
  const page = await loadForPage(load, cached).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (page.refused) notFound();
  return { actor: page.actor, ...page.data };
}
