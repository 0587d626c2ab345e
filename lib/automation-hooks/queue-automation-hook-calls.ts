import { db } from "@/lib/db";
import { reminderNotice } from "@/lib/channels/reminder-notice";
import { newMessageId } from "@/lib/mail/message-id";
import { loadMailTokens } from "@/lib/reminders/claim-reminders";
import { deliverReminderMail } from "@/lib/reminders/deliver-reminder-mail";
import type { PlannedReminder } from "@/lib/reminders/plan-reminders";
import { mailHeaderText } from "@/lib/text/output-text";
import { automationHookPayload } from "./automation-hook-payload";

export const automationHookKind = "automation-hook";
const chunkSize = 200;

/**
 * hook|token|kind|due date: the outbox's unique key. The hook hears only the first step reached for a
 * date (a later step, or the next sweep, finds the key taken), so a script rotates once per due date.
 */
export const automationHookKey = (reminder: PlannedReminder) =>
  `hook|${reminder.tokenId}|${reminder.kind}|${reminder.dueOn.toISOString().slice(0, 10)}`;

/**
 * Queues one signed call to each token's automation hook when a reminder (expiry or rotation) is due,
 * through the same outbox as the channels: claimed once, retried with backoff, failures in the Outbox.
 * Returns how many were queued.
 */
export async function queueAutomationHookCalls(planned: PlannedReminder[], now: Date, today: Date): Promise<number> {
  const due = planned.filter(
    (reminder): reminder is PlannedReminder & { kind: "expiry" | "rotation" } =>
      reminder.kind === "expiry" || reminder.kind === "rotation",
  );
  let queued = 0;
  for (let start = 0; start < due.length; start += chunkSize) {
    const chunk = due.slice(start, start + chunkSize);
    const hooks = await db.automationHook.findMany({
      where: { tokenId: { in: [...new Set(chunk.map((reminder) => reminder.tokenId))] } },
      select: { id: true, tokenId: true, urlHint: true },
    });
    if (hooks.length === 0) continue;
    const hookOf = new Map(hooks.map((hook) => [hook.tokenId, hook]));
    const tokens = await db.$transaction((tx) => loadMailTokens(tx, [...hookOf.keys()]));
    const rows = chunk.flatMap((reminder) => {
      const hook = hookOf.get(reminder.tokenId);
      const token = tokens.get(reminder.tokenId);
      if (!hook || !token) return [];
      const dedupeKey = automationHookKey(reminder);
      const notice = reminderNotice(reminder.kind, reminder.dueOn, token, today);
      const body = automationHookPayload(notice, dedupeKey, token.id, reminder.step);
      const to = mailHeaderText(`Automation hook of ${token.name}: ${hook.urlHint}`);
      return [
        {
          kind: automationHookKind,
          to,
          subject: mailHeaderText(notice.title, 250),
          text: JSON.stringify(body),
          html: "",
          automationHookId: hook.id,
          dedupeKey,
          messageId: newMessageId(),
          status: "queued" as const,
          createdAt: now,
        },
      ];
    });
    const created = await db.outboxMessage.createManyAndReturn({
      data: rows,
      skipDuplicates: true,
      select: { id: true },
    });
    queued += created.length;
    await deliverReminderMail(
      created.map((row) => row.id),
      now,
    );
  }
  return queued;
}
