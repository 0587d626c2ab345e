import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { capLength, foldToOneLine } from "@/lib/text/fold-text";
import { mailHeaderText } from "@/lib/text/output-text";
import type { DeliveryResult } from "./send-mail";
import { newMessageId } from "./message-id";

export type UnbuiltMail = { to: string; kind: string; about: string; error: unknown };

/** "Could not write this email: …" — the reason an admin reads in the Outbox, without a stack trace. */
export function describeBuildFailure(error: unknown): string {
  const detail = error instanceof DomainError || error instanceof Error ? error.message : String(error);
  return `Tokenbook could not write this email, so it was not sent: ${capLength(foldToOneLine(detail), 300)}`;
}

/**
 * An email that could not even be written (bad data, a person or token gone) is kept in the Outbox
 * as failed, with the reason, so an admin sees it; the others of its batch go out as usual.
 */
export async function recordUnbuiltMail(
  mail: UnbuiltMail,
  tx: Prisma.TransactionClient = db,
): Promise<DeliveryResult & { id: string }> {
  const lastError = describeBuildFailure(mail.error);
  const row = await tx.outboxMessage.create({
    data: {
      to: mailHeaderText(mail.to, 320),
      kind: mail.kind,
      subject: mailHeaderText(mail.about, 250) || "Tokenbook email",
      text: "",
      html: "",
      messageId: newMessageId(),
      status: "failed",
      lastError,
    },
    select: { id: true },
  });
  return { id: row.id, status: "failed", error: lastError };
}
