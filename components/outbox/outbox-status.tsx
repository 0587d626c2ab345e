import type { OutboxStatus } from "@/lib/generated/prisma/enums";

const statuses: Record<OutboxStatus, { icon: string; label: string; className: string }> = {
  queued: { icon: "⏳", label: "Waiting to send", className: "text-slate-800" },
  sending: { icon: "↗", label: "Sending", className: "text-slate-800" },
  sent: { icon: "✓", label: "Sent", className: "text-emerald-800" },
  kept: { icon: "📥", label: "Kept (no mail server)", className: "text-sky-900" },
  failed: { icon: "✕", label: "Failed", className: "text-red-800" },
  cancelled: { icon: "⊘", label: "Cancelled (no longer needed)", className: "text-slate-700" },
};

export const outboxStatusLabel = (status: OutboxStatus) => statuses[status].label;

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const style = statuses[status];
  return (
    <span className={`inline-flex items-center gap-1 font-medium ${style.className}`}>
      <span aria-hidden="true">{style.icon}</span>
      {style.label}
    </span>
  );
}
