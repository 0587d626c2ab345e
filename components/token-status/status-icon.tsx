import {
  Archive,
  Ban,
  CircleCheck,
  CircleX,
  Flag,
  Hourglass,
  Infinity as NoEnd,
  RefreshCw,
  TriangleAlert,
  UserX,
  type LucideIcon,
} from "lucide-react";
import type { TokenStatus } from "@/lib/tokens/token-status";

export const statusIcons: Record<TokenStatus, LucideIcon> = {
  expired: CircleX,
  expiring_soon: Hourglass,
  compromised: TriangleAlert,
  rotation_overdue: RefreshCw,
  holder_left: Flag,
  no_backup: UserX,
  no_expiry: NoEnd,
  healthy: CircleCheck,
  revoked: Ban,
  retired: Archive,
};

/**
 * A status's sign as inline SVG (no emoji font needed); always shown beside its words, so hidden from screen readers.
 */
export function StatusIcon({ status, className = "h-4 w-4" }: { status: TokenStatus; className?: string }) {
  const Icon = statusIcons[status];
  return <Icon aria-hidden="true" focusable="false" className={`shrink-0 ${className}`} />;
}
