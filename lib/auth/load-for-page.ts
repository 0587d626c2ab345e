import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";
import { currentActor } from "./current-actor";
import { returnPathHeader, signInHref } from "./return-path";

export type PageLoad<T> = { refused: false; actor: Actor; data: T } | { refused: true; actor: Actor };

/** Signed-in pages: send strangers to sign in, and let the domain function decide what the actor may see. */
export async function loadForPage<T>(load: (actor: Actor) => Promise<T>): Promise<PageLoad<T>> {
  const actor = await currentActor();
  if (!actor) redirect(signInHref((await headers()).get(returnPathHeader)));
  try {
    return { refused: false, actor, data: await load(actor) };
  } catch (error) {
    if (error instanceof ForbiddenError) return { refused: true, actor };
    throw error;
  }
}
