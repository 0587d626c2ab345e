import type { TokenStatus } from "@/lib/tokens/token-status";

/** The id of a status sign in the sprite file (see SignUse). */
export const statusSymbolId = (status: TokenStatus) => `status-icon-${status}`;
