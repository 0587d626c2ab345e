import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { canEditTokens } from "@/lib/tokens/token-access";

/** Admins and editors may import; viewers are refused (and the refusal audited) at every step and on the page. */
export const authorizeImport = (actor: Actor | null) => authorize(actor, "token.import", canEditTokens);
