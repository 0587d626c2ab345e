import { SignUse } from "@/components/ui/sign-use";
import type { TokenStatus } from "@/lib/tokens/token-status";

/** The id of a status sign in the sprite file. */
export const statusSymbolId = (status: TokenStatus) => `status-icon-${status}`;

/** A status sign drawn from the sprite file (see SignUse). */
export function StatusIconUse({ status, className = "h-3.5 w-3.5" }: { status: TokenStatus; className?: string }) {
  return <SignUse id={statusSymbolId(status)} className={className} />;
}
