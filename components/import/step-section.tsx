"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * One step of the import as a labelled region. Its heading takes the focus when the step opens
 * (not on first load), so keyboard and screen-reader users start reading at the new step.
 */
export function StepSection({
  id,
  title,
  focusOnOpen,
  children,
}: {
  id: string;
  title: string;
  focusOnOpen: boolean;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2
        id={`${id}-heading`}
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold text-slate-900 outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
