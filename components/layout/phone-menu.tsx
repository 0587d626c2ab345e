"use client";

import { Menu } from "lucide-react";
import type { MouseEvent, ReactNode } from "react";

/**
 * The header's links on a narrow screen, behind one "Menu" button: a native popover, so it opens,
 * takes the Tab key and closes with Escape without any script; the script only closes it after a
 * link is followed inside the page.
 */
export function PhoneMenu({ children }: { children: ReactNode }) {
  const closeAfterChoice = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest("a, button[type=submit]"))
      event.currentTarget.hidePopover();
  };
  return (
    <div className="ml-auto lg:hidden">
      <button
        type="button"
        popoverTarget="phone-menu"
        className="inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        <Menu aria-hidden="true" focusable="false" className="h-4 w-4" />
        Menu
      </button>
      <div
        id="phone-menu"
        popover="auto"
        onClick={closeAfterChoice}
        style={{ inset: "3.75rem 0.5rem auto auto", margin: 0 }}
        className="w-[min(20rem,calc(100vw-1rem))] rounded-xl border border-slate-200 bg-white p-2 text-slate-900 shadow-lg"
      >
        {children}
      </div>
    </div>
  );
}
