import type { TokenStatus } from "./token-status";

type StatusWords = { label: string; description: string };

/**
 * Each status in words, with one plain sentence (for tooltips and the status filter).
 * Plain data, no React, so server pages, client components and filters can all share it.
 */
export const tokenStatusWords: Record<TokenStatus, StatusWords> = {
  expired: {
    label: "Expired",
    description: "The expiry date has passed; whatever uses this token has probably stopped working.",
  },
  expiring_soon: {
    label: "Expiring soon",
    description:
      "Its first reminder is due: it expires within the reminder schedule’s first step; replace it before then.",
  },
  compromised: { label: "Compromised", description: "Reported as leaked; revoke it and make a new one now." },
  rotation_overdue: {
    label: "Rotation overdue",
    description: "Still valid, but it is past the date the company's policy says to replace it.",
  },
  holder_left: {
    label: "Holder has left",
    description: "Its owner or backup has been deactivated; hand it to someone who is still here.",
  },
  no_backup: { label: "Needs a backup", description: "Nobody is named as backup if the owner is away." },
  no_expiry: {
    label: "No expiry date",
    description: "It never expires, so a leaked copy would work forever; consider one that expires.",
  },
  healthy: { label: "Healthy", description: "Has an owner and a backup, and nothing is due soon." },
  revoked: { label: "Revoked", description: "Switched off on purpose; it no longer works." },
  retired: {
    label: "Retired",
    description: "No longer used; kept for the record and hidden from the list unless you ask for it.",
  },
};
