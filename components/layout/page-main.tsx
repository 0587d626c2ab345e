import type { ReactNode } from "react";

/** The page's own content, below its header: the target of the "Skip to content" link. */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
      {children}
    </main>
  );
}
