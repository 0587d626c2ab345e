import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { PageMain } from "@/components/layout/page-main";

export default function SignedInLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <PageMain>{children}</PageMain>
    </>
  );
}
