import type { ReactNode } from "react";
import { PageMain } from "@/components/layout/page-main";
import { PlainHeader } from "@/components/layout/plain-header";

export default function SignInLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PlainHeader offerSignIn />
      <PageMain>{children}</PageMain>
    </>
  );
}
