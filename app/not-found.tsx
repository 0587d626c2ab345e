import type { Metadata } from "next";
import { PageMain } from "@/components/layout/page-main";
import { PageNotFound } from "@/components/layout/page-not-found";
import { PlainHeader } from "@/components/layout/plain-header";
import { currentActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Page not found" };

/**
 * An address no route knows, shown in the root layout alone, so it brings its own header: a plain one,
 * because whatever this page loads, every page loads (the signed-in header's script stays in its group).
 */
export default async function NotFound() {
  const actor = await currentActor();
  return (
    <>
      <PlainHeader signedIn={actor} />
      <PageMain>
        <PageNotFound />
      </PageMain>
    </>
  );
}
