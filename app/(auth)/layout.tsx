import type { ReactNode } from "react";
import { PageMain } from "@/components/layout/page-main";
import { PlainHeader } from "@/components/layout/plain-header";
import { currentActor } from "@/lib/auth/current-actor";

export default async function SignInLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PlainHeader signedIn={await currentActor()} />
      <PageMain>{children}</PageMain>
    </>
  );
}
