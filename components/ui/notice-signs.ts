import { CircleCheck, CircleX, Info, TriangleAlert, type LucideIcon } from "lucide-react";
import type { NoticeTone } from "./notice";

/**
 * The drawing of each notice tone's sign, for the sprite file (scripts/sign-sprite.ts); Notice itself points at the
 * file.
 */
export const noticeIcons: Record<NoticeTone, LucideIcon> = {
  info: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  error: CircleX,
};
