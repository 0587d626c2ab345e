import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in person on whose behalf a domain function runs. Every domain function takes it first. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Where the request came from, for the audit log. */
  ipAddress?: string | null;
  userAgent?: string | null;
};
