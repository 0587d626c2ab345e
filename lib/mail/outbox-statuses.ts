import type { OutboxStatus } from "@/lib/generated/prisma/enums";

export type { OutboxStatus };
export const outboxStatuses: OutboxStatus[] = ["queued", "sending", "sent", "kept", "failed"];
