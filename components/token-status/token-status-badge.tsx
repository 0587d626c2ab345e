import type { TokenStatus } from "@/lib/tokens/token-status";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { SignUse } from "@/components/ui/sign-use";
import { statusSymbolId } from "./status-symbol-id";

export { tokenStatusWords } from "@/lib/tokens/token-status-words";

/**
 * A token's status in words with an icon, never by colour alone; the description shows on hover. Its
 * shape and its tone per status are `.status-badge` in app/globals.css, written once for pages that
 * show a hundred of them.
 */
export function TokenStatusBadge({ status }: { status: TokenStatus }) {
  const words = tokenStatusWords[status];
  return (
    <span title={words.description} className="status-badge" data-status={status}>
      <SignUse id={statusSymbolId(status)} />
      {words.label}
    </span>
  );
}
