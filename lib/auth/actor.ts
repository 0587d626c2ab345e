import type { ApiKeyScope, Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** The signed-in person on whose behalf a domain function runs. Every domain function takes it first. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Where the request came from, for the audit log. */
  ipAddress?: string | null;
  userAgent?: string | null;
  /** Set when the person acts through the JSON API: the key they made for it (audited with every change). */
  apiKey?: { id: string; name: string; scope: ApiKeyScope };
};
