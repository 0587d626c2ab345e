import { db } from "@/lib/db";
import { cancelledNote } from "@/lib/reminders/cancel-stale-reminders";
import { channelReminderKind } from "./queue-channel-reminders";

/**
 * A team-channel reminder still waiting for a retry is held back once it no longer applies: the
 * token is no longer active, its date changed, or (an escalation) someone said "I'm on it".
 * Its key (token|kind|date|step|channel) says what it was about. One being sent is left alone.
 */
export function cancelStaleChannelReminders(): Promise<number> {
  return db.$executeRaw`
    UPDATE outbox_messages m SET status = 'cancelled', last_error = ${cancelledNote}, next_attempt_at = NULL, updated_at = now() AT TIME ZONE 'UTC'
    FROM tokens t
    WHERE m.kind = ${channelReminderKind} AND m.status = 'queued' AND t.id = split_part(m.dedupe_key, '|', 1) AND (
      t.state <> 'active'
      OR (split_part(m.dedupe_key, '|', 2) IN ('expiry', 'escalation') AND split_part(m.dedupe_key, '|', 3)::date IS DISTINCT FROM t.expires_on)
      OR (split_part(m.dedupe_key, '|', 2) = 'rotation' AND split_part(m.dedupe_key, '|', 3)::date IS DISTINCT FROM t.rotation_due_on)
      OR (split_part(m.dedupe_key, '|', 2) = 'escalation' AND EXISTS (
        SELECT 1 FROM acknowledgements a WHERE a.token_id = t.id AND a.due_on = split_part(m.dedupe_key, '|', 3)::date)))`;
}
