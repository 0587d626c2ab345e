// No imports: the key form on the profile page uses these without pulling zod into the page.
export const apiKeyScopes = ["read", "write", "report"] as const;
export type ApiKeyScopeName = (typeof apiKeyScopes)[number];

export const apiKeyScopeLabels: Record<ApiKeyScopeName, { label: string; description: string }> = {
  read: { label: "Read", description: "List and read tokens." },
  write: { label: "Write", description: "Read, and change the tokens its owner may change (update, mark rotated)." },
  report: {
    label: "Report incidents",
    description: "Read, report a token as compromised, and (for monitors) report a token failing or working again.",
  },
};

/** A key lives at most this many days: every key is itself a secret that must be replaced. */
export const longestApiKeyDays = 365;
