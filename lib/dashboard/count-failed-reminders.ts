import { db } from "@/lib/db";

/**
 * Reminders the outbox gave up on: emails, digests and team-channel posts alike have a kind starting with "reminder".
 */
export function countFailedReminders() {
  return db.outboxMessage.count({ where: { status: "failed", kind: { startsWith: "reminder" } } });
}
