import type { TokenStatus } from "@/lib/tokens/token-status";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { SignUse } from "@/components/ui/sign-use";
import { statusSymbolId } from "./status-symbol-id";

export { tokenStatusWords } from "@/lib/tokens/token-status-words";

// Dark text on a pale tint (contrast well above 4.5:1); the words and icon carry the meaning, the colour only helps.
const tones: Record<TokenStatus, string> = {
  expired: "border-red-300 bg-red-50 text-red-900",
  expiring_soon: "border-amber-300 bg-amber-50 text-amber-900",
  compromised: "border-red-400 bg-red-100 text-red-950",
  rotation_overdue: "border-orange-300 bg-orange-50 text-orange-900",
  holder_left: "border-rose-300 bg-rose-50 text-rose-900",
  no_backup: "border-violet-300 bg-violet-50 text-violet-900",
  no_expiry: "border-sky-300 bg-sky-50 text-sky-900",
  healthy: "border-emerald-300 bg-emerald-50 text-emerald-900",
  revoked: "border-slate-300 bg-slate-100 text-slate-800",
  retired: "border-slate-300 bg-slate-50 text-slate-700",
};

/**
 * A token's status in words with an icon, never by colour alone; the description shows on hover. Its
 * shape is `.status-badge` (app/globals.css), written once for pages that show a hundred of them.
 */
export function TokenStatusBadge({ status }: { status: TokenStatus }) {
  const words = tokenStatusWords[status];
  return (
    <span title={words.description} className={`status-badge ${tones[status]}`}>
      <SignUse id={statusSymbolId(status)} />
      {words.label}
    </span>
  );
}
