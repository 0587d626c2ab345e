import { Ban, Check, CircleX, Clock, Inbox, Send, type LucideIcon } from "lucide-react";
import type { OutboxStatus } from "@/lib/mail/outbox-statuses";

const statuses: Record<OutboxStatus, { icon: LucideIcon; label: string; className: string }> = {
  queued: { icon: Clock, label: "Waiting to send", className: "text-slate-800" },
  sending: { icon: Send, label: "Sending", className: "text-slate-800" },
  sent: { icon: Check, label: "Sent", className: "text-emerald-800" },
  kept: { icon: Inbox, label: "Kept (no mail server)", className: "text-sky-900" },
  failed: { icon: CircleX, label: "Failed", className: "text-red-800" },
  cancelled: { icon: Ban, label: "Cancelled (no longer needed)", className: "text-slate-700" },
};

export const outboxStatusLabel = (status: OutboxStatus) => statuses[status].label;

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const style = statuses[status];
  return (
    <span className={`inline-flex items-center gap-1 font-medium ${style.className}`}>
      <style.icon aria-hidden="true" focusable="false" className="h-4 w-4 shrink-0" />
      {style.label}
    </span>
  );
}
