import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { outboxStatuses } from "./outbox-statuses";
import type { OutboxMessage } from "@/lib/generated/prisma/client";

const listOutboxSchema = z.object({
  status: z.enum(outboxStatuses).optional(),
  cursor: z.string().min(1).optional(),
  take: z.number().int().min(1).max(200).default(50),
});

/** The outbox for admins, newest first; pass `nextCursor` back as `cursor` for the next page. */
export async function listOutbox(
  actor: Actor | null,
  input: z.input<typeof listOutboxSchema> = {},
): Promise<{ messages: OutboxMessage[]; nextCursor: string | null }> {
  await authorize(actor, "mail.list_outbox", isAdmin);
  const parsed = listOutboxSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError("That outbox filter is not valid.");
  const { status, cursor, take } = parsed.data;
  const rows = await db.outboxMessage.findMany({
    where: status ? { status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const messages = rows.slice(0, take);
  return { messages, nextCursor: rows.length > take ? messages[messages.length - 1].id : null };
}
