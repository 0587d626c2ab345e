import { db } from "@/lib/db";

/** Reminder emails the outbox gave up on; digests and per-token reminders alike start with "reminder". */
export function countFailedReminders() {
  return db.outboxMessage.count({ where: { status: "failed", kind: { startsWith: "reminder" } } });
}
