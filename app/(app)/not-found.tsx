import type { Metadata } from "next";
import { PageNotFound } from "@/components/layout/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

/** A record that is gone, inside the signed-in layout (its header included). */
export default function NotFound() {
  return <PageNotFound />;
}
