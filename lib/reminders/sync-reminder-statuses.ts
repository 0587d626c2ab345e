import { db } from "@/lib/db";

/** A claimed reminder becomes sent or failed once its email is; safe to run any number of times. */
export function syncReminderStatuses(): Promise<number> {
  return db.$executeRaw`
    UPDATE reminder_deliveries r
    SET status = CASE WHEN m.status = 'failed' THEN 'failed'::"DeliveryStatus" ELSE 'sent'::"DeliveryStatus" END,
        sent_at = CASE WHEN m.status = 'failed' THEN NULL ELSE COALESCE(m.sent_at, m.updated_at) END
    FROM outbox_messages m
    WHERE r.outbox_message_id = m.id AND r.status = 'claimed' AND m.status IN ('sent', 'kept', 'failed')`;
}
