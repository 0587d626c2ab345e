import type { OutboxStatus } from "@/lib/generated/prisma/enums";

export type { OutboxStatus };
export const outboxStatuses = [
  "queued",
  "sending",
  "sent",
  "kept",
  "failed",
  "cancelled",
] as const satisfies readonly OutboxStatus[];
