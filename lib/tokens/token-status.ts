import type { Prisma, TokenState } from "@/lib/generated/prisma/client";

/** Status is derived, never typed: from the explicit state, the dates and the people on the record. */
export const tokenStatuses = ["expired", "expiring_soon", "compromised", "rotation_overdue", "no_backup", "no_expiry", "healthy", "revoked", "retired"] as const;
export type TokenStatus = (typeof tokenStatuses)[number];

/** The reminder window: a token expiring within this many days is "expiring soon". */
export const defaultExpiryWindowDays = 30;

type StatusFields = {
  state: TokenState;
  expiresOn: Date | null;
  rotationDueOn: Date | null;
  backupId: string | null;
};

const dayMs = 86_400_000;

/** Midnight UTC of the calendar day `now` falls on: expiry dates are calendar dates. */
export function startOfUtcDay(now: Date) {
  return new Date(Math.floor(now.getTime() / dayMs) * dayMs);
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);

export function tokenStatus(token: StatusFields, now: Date, windowDays = defaultExpiryWindowDays): TokenStatus {
  if (token.state !== "active") return token.state;
  const today = startOfUtcDay(now);
  if (token.expiresOn && token.expiresOn < today) return "expired";
  if (token.expiresOn && token.expiresOn <= addDays(today, windowDays)) return "expiring_soon";
  if (token.rotationDueOn && token.rotationDueOn < today) return "rotation_overdue";
  if (!token.backupId) return "no_backup";
  if (!token.expiresOn) return "no_expiry";
  return "healthy";
}

/** The same rules as tokenStatus, as a database condition, so lists filter by status in SQL. */
export function tokenStatusWhere(status: TokenStatus, now: Date, windowDays = defaultExpiryWindowDays): Prisma.TokenWhereInput {
  const today = startOfUtcDay(now);
  const windowEnd = addDays(today, windowDays);
  const notExpiringYet: Prisma.TokenWhereInput = { OR: [{ expiresOn: null }, { expiresOn: { gt: windowEnd } }] };
  const rotationFine: Prisma.TokenWhereInput = { OR: [{ rotationDueOn: null }, { rotationDueOn: { gte: today } }] };
  switch (status) {
    case "compromised":
    case "revoked":
    case "retired":
      return { state: status };
    case "expired":
      return { state: "active", expiresOn: { lt: today } };
    case "expiring_soon":
      return { state: "active", expiresOn: { gte: today, lte: windowEnd } };
    case "rotation_overdue":
      return { state: "active", AND: [notExpiringYet, { rotationDueOn: { lt: today } }] };
    case "no_backup":
      return { state: "active", backupId: null, AND: [notExpiringYet, rotationFine] };
    case "no_expiry":
      return { state: "active", expiresOn: null, backupId: { not: null }, AND: [rotationFine] };
    case "healthy":
      return { state: "active", backupId: { not: null }, expiresOn: { gt: windowEnd }, AND: [rotationFine] };
  }
}
