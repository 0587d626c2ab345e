"use client";

import { loadWhenUsed } from "@/components/ui/load-when-used";

/**
 * The header's "Who owns…?" search, on every signed-in page: its code loads when reached for or once the page is idle.
 */
export const HeaderSearchWhenUsed = loadWhenUsed("header-search", () =>
  import("./header-search").then((module) => module.HeaderSearch),
);
