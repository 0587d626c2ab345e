"use client";

import { loadWhenUsed } from "@/components/ui/load-when-used";
import type { TokenTableProps } from "./token-table";

/**
 * The token list's table with its table library, loaded when reached for. Its server HTML already works:
 * sorting and paging are plain links, so the script only makes them client-side navigations.
 */
export const TokenTableWhenUsed = loadWhenUsed<TokenTableProps>("token-table", () =>
  import("./token-table").then((module) => module.TokenTable),
);
