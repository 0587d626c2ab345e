import type { Criticality, Prisma, TokenState } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/dates/calendar-day";
import { stepsFor, type ReminderSchedule } from "@/lib/reminders/reminder-schedule";

/** Status is derived, never typed: from the explicit state, the dates and the people on the record. */
export const tokenStatuses = [
  "expired",
  "expiring_soon",
  "compromised",
  "rotation_overdue",
  "holder_left",
  "no_backup",
  "no_expiry",
  "healthy",
  "revoked",
  "retired",
] as const;
export type TokenStatus = (typeof tokenStatuses)[number];

/**
 * What status is measured against: the calendar day it is, and how many days before expiry a token
 * is "expiring soon" — the reminder schedule's first step for its criticality, so the status turns
 * when the first reminder goes out.
 */
export type StatusClock = { today: Date; soonDays: Record<"usual" | "critical", number> };

export type StatusFields = {
  state: TokenState;
  criticality: Criticality;
  expiresOn: Date | null;
  rotationDueOn: Date | null;
  backupId: string | null;
  owner: { active: boolean };
  backup: { active: boolean } | null;
};

/** The fields tokenStatus reads, for a Prisma select. */
export const statusSelect = {
  state: true,
  criticality: true,
  expiresOn: true,
  rotationDueOn: true,
  backupId: true,
  owner: { select: { active: true } },
  backup: { select: { active: true } },
} as const satisfies Prisma.TokenSelect;

export function statusClock(today: Date, schedule: ReminderSchedule): StatusClock {
  return { today, soonDays: { usual: stepsFor(schedule, false)[0], critical: stepsFor(schedule, true)[0] } };
}

const soonDaysFor = (clock: StatusClock, criticality: Criticality) =>
  criticality === "critical" ? clock.soonDays.critical : clock.soonDays.usual;

export function tokenStatus(token: StatusFields, clock: StatusClock): TokenStatus {
  if (token.state !== "active") return token.state;
  const { today } = clock;
  if (token.expiresOn && token.expiresOn < today) return "expired";
  if (token.expiresOn && token.expiresOn <= addDays(today, soonDaysFor(clock, token.criticality)))
    return "expiring_soon";
  if (token.rotationDueOn && token.rotationDueOn < today) return "rotation_overdue";
  if (!token.owner.active || token.backup?.active === false) return "holder_left";
  if (!token.backupId) return "no_backup";
  if (!token.expiresOn) return "no_expiry";
  return "healthy";
}

/** The same rules as tokenStatus, as a database condition, so lists filter by status in SQL. */
export function tokenStatusWhere(status: TokenStatus, clock: StatusClock): Prisma.TokenWhereInput {
  const { today } = clock;
  const soonEnd = (criticality: "critical" | "usual") => addDays(today, clock.soonDays[criticality]);
  const critical: Prisma.TokenWhereInput = { criticality: "critical" };
  const usual: Prisma.TokenWhereInput = { criticality: { not: "critical" } };
  const expiringSoon: Prisma.TokenWhereInput = {
    OR: [
      { ...critical, expiresOn: { gte: today, lte: soonEnd("critical") } },
      { ...usual, expiresOn: { gte: today, lte: soonEnd("usual") } },
    ],
  };
  const notExpiringYet: Prisma.TokenWhereInput = {
    OR: [
      { expiresOn: null },
      { ...critical, expiresOn: { gt: soonEnd("critical") } },
      { ...usual, expiresOn: { gt: soonEnd("usual") } },
    ],
  };
  const rotationFine: Prisma.TokenWhereInput = { OR: [{ rotationDueOn: null }, { rotationDueOn: { gte: today } }] };
  const holdersStayed: Prisma.TokenWhereInput = {
    owner: { active: true },
    OR: [{ backupId: null }, { backup: { active: true } }],
  };
  const holderLeft: Prisma.TokenWhereInput = { OR: [{ owner: { active: false } }, { backup: { active: false } }] };
  switch (status) {
    case "compromised":
    case "revoked":
    case "retired":
      return { state: status };
    case "expired":
      return { state: "active", expiresOn: { lt: today } };
    case "expiring_soon":
      return { state: "active", AND: [expiringSoon] };
    case "rotation_overdue":
      return { state: "active", AND: [notExpiringYet, { rotationDueOn: { lt: today } }] };
    case "holder_left":
      return { state: "active", AND: [notExpiringYet, rotationFine, holderLeft] };
    case "no_backup":
      return { state: "active", backupId: null, AND: [notExpiringYet, rotationFine, holdersStayed] };
    case "no_expiry":
      return { state: "active", expiresOn: null, backupId: { not: null }, AND: [rotationFine, holdersStayed] };
    case "healthy":
      return {
        state: "active",
        backupId: { not: null },
        AND: [notExpiringYet, { expiresOn: { not: null } }, rotationFine, holdersStayed],
      };
  }
}
