import { Check, CircleX, Clock, Minus } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/dates/format-date";
import type { TokenReminders } from "@/lib/reminders/get-token-reminders";
import { AcknowledgeButton } from "./acknowledge-button";

const states = {
  claimed: { icon: Clock, words: "Waiting to send" },
  sent: { icon: Check, words: "Sent" },
  failed: { icon: CircleX, words: "Not sent" },
  cancelled: { icon: Minus, words: "Cancelled (date changed)" },
} as const;

/** The token page's Reminders section: who is on it, the next reminder, and each one sent. */
/** `timeZone`: the organisation's, which times of day are shown in. */
export function TokenRemindersPanel({
  tokenId,
  reminders,
  timeZone,
}: {
  tokenId: string;
  reminders: TokenReminders | null;
  timeZone: string;
}) {
  if (!reminders) return null;
  const { currentDue, onIt, canAcknowledge, next, sent } = reminders;
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">Reminders</h2>
      {currentDue && (
        <p className="text-sm">
          {onIt.length > 0
            ? `On it: ${onIt.map((person) => `${person.name} (since ${formatDateTime(person.at, timeZone)})`).join(", ")}.`
            : "Nobody has said “I'm on it” for the current date yet. If nobody does by 3 days before, admins are told."}
        </p>
      )}
      {canAcknowledge && <AcknowledgeButton tokenId={tokenId} />}
      <p className="text-sm">
        <span className="font-medium">Next reminder: </span>
        {next
          ? `${next.dueNow ? "due now (sent within a few minutes)" : formatDate(next.on)} — ${next.label}`
          : "none planned"}
      </p>
      {sent.length === 0 ? (
        <p className="text-sm text-slate-600">No reminders have been sent for this token yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Reminders for this token, newest first</caption>
          <thead className="border-b border-slate-200 text-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                When
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Reminder
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                To
              </th>
              <th scope="col" className="py-2 font-medium">
                State
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sent.map((delivery) => (
              <tr key={delivery.id}>
                <td className="py-2 pr-4 whitespace-nowrap">
                  {formatDateTime(delivery.sentAt ?? delivery.createdAt, timeZone)}
                </td>
                <td className="py-2 pr-4">
                  {delivery.label}
                  {delivery.dueOn.getTime() !== currentDue?.getTime() && (
                    <span className="text-slate-600"> (for an earlier date: {formatDate(delivery.dueOn)})</span>
                  )}
                </td>
                <td className="py-2 pr-4">{delivery.recipientName}</td>
                <td className="py-2">
                  <InlineIcon icon={states[delivery.status].icon} />
                  {delivery.status === "claimed" && !delivery.emailStatus
                    ? "Waiting for their daily digest"
                    : states[delivery.status].words}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
