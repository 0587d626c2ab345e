import { statusSymbolId } from "@/components/token-status/status-symbol-id";
import { signSpritePath } from "@/components/ui/sign-use";
import type { TokenStatus } from "@/lib/tokens/token-status";

/**
 * A status sign from the sprite file, written as briefly as it can be: the chart repeats it in every
 * cell. Always inside a link whose name says the status, so it names nothing itself; sized by the
 * chart's style sheet.
 */
export function TimelineSign({ status }: { status: TokenStatus }) {
  return (
    <svg>
      <use href={`${signSpritePath}#${statusSymbolId(status)}`} />
    </svg>
  );
}
