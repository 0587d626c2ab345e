import { Archive, Ban, CircleCheck, CircleX, Flag, Hourglass, Infinity as NoEnd, RefreshCw, TriangleAlert, UserX, type LucideIcon } from "lucide-react";
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

/** A status's sign as inline SVG (no emoji font needed); always shown beside its words, so hidden from screen readers. */
export function StatusIcon({ status, className = "h-4 w-4" }: { status: TokenStatus; className?: string }) {
  const Icon = statusIcons[status];
  return <Icon aria-hidden="true" focusable="false" className={`shrink-0 ${className}`} />;
}

const symbolId = (status: TokenStatus) => `status-icon-${status}`;

/** Every status sign once, for pages that repeat them hundreds of times (the timeline) to point at. */
export function StatusIconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" className="absolute h-0 w-0 overflow-hidden">
      {(Object.keys(statusIcons) as TokenStatus[]).map((status) => {
        const Icon = statusIcons[status];
        return (
          <symbol key={status} id={symbolId(status)} viewBox="0 0 24 24">
            <Icon />
          </symbol>
        );
      })}
    </svg>
  );
}

/** A status sign drawn from the sprite: a few bytes per use instead of the whole drawing. */
export function StatusIconUse({ status, className = "h-3.5 w-3.5" }: { status: TokenStatus; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" className={className}>
      <use href={`#${symbolId(status)}`} />
    </svg>
  );
}
