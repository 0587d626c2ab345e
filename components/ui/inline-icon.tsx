import type { LucideIcon } from "lucide-react";

/** A small sign before words, as inline SVG so it never shows as an empty box; the words carry the meaning. */
export function InlineIcon({ icon: Icon, className = "" }: { icon: LucideIcon; className?: string }) {
  return <Icon aria-hidden="true" focusable="false" className={`inline-sign ${className}`} />;
}
