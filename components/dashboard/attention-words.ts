import {
  CircleX,
  FileX,
  FlaskConical,
  Hourglass,
  MailWarning,
  TriangleAlert,
  UserMinus,
  UserX,
  type LucideIcon,
} from "lucide-react";
import type { AttentionKey } from "@/lib/dashboard/attention-categories";

export type AttentionKind = AttentionKey | "remindersFailed";

type Words = { icon: LucideIcon; title: string; counted: string; advice: string };

/** A card's sign in the sprite file (scripts/sign-sprite.ts), drawn from its `icon`. */
export const attentionSymbolId = (kind: AttentionKind) => `attention-${kind}`;

/** Each card's words; the icon and title carry the meaning, never a colour. */
export const attentionWords: Record<AttentionKind, Words> = {
  expired: {
    icon: CircleX,
    title: "Expired",
    counted: "expired",
    advice: "Whatever uses them has probably stopped working.",
  },
  expiringWithin7Days: {
    icon: Hourglass,
    title: "Expiring within 7 days",
    counted: "expiring within 7 days",
    advice: "Replace them before they stop working.",
  },
  compromised: {
    icon: TriangleAlert,
    title: "Compromised",
    counted: "reported as compromised",
    advice: "Revoke them and make new ones now.",
  },
  noBackup: {
    icon: UserX,
    title: "No backup",
    counted: "without a backup",
    advice: "Nobody can step in when the owner is away.",
  },
  personLeft: {
    icon: UserMinus,
    title: "Owner or backup has left",
    counted: "with a deactivated owner or backup",
    advice: "Hand them to someone who is still here.",
  },
  runbookMissing: {
    icon: FileX,
    title: "No runbook",
    counted: "without a runbook",
    advice: "Nobody has written down how to replace them.",
  },
  runbookUntested: {
    icon: FlaskConical,
    title: "Runbook never tested",
    counted: "with a runbook nobody has practised",
    advice: "A practice run checks that the steps still work.",
  },
  remindersFailed: {
    icon: MailWarning,
    title: "Reminders failed",
    counted: "reminders (email or chat) could not be sent",
    advice: "Look at the errors in the Outbox.",
  },
};
