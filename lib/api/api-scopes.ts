import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { ApiKeyScopeName } from "@/lib/api-keys/scope-words";

/** What an API call needs; every scope reads, and each other scope adds one kind of change. */
export type ApiNeed = "read" | "write" | "report";

const allowed: Record<ApiKeyScopeName, ApiNeed[]> = {
  read: ["read"],
  write: ["read", "write"],
  report: ["read", "report"],
};

export const scopeAllows = (scope: ApiKeyScopeName, need: ApiNeed) => allowed[scope].includes(need);

/** A key used beyond its scope is refused and the refusal audited, like any other. */
export function requireScope(actor: Actor | null, need: ApiNeed, attempted: string) {
  return authorize(actor, attempted, (me) => Boolean(me.apiKey && scopeAllows(me.apiKey.scope, need)));
}
