import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const mailFailingKey = "mail-failing";
const key = mailFailingKey;
export type MailFailing = { since: string; lastError: string };

/** Notes that the mail server refused or could not be reached; the first failure's time is kept. */
export async function recordMailFailing(error: string, now: Date): Promise<void> {
  const fresh: MailFailing = { since: now.toISOString(), lastError: error };
  await db.$executeRaw`
    INSERT INTO settings (key, value, updated_at) VALUES (${key}, ${JSON.stringify(fresh)}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = settings.value || ${JSON.stringify({ lastError: error })}::jsonb, updated_at = now()`;
}

/**
 * Clears the note after a message went out. The DELETE answers to exactly one process, so exactly
 * one of several instances learns that mail just recovered (and tells the admins once).
 */
export async function takeMailRecovery(tx: Prisma.TransactionClient = db): Promise<MailFailing | null> {
  const rows = await tx.$queryRaw<{ value: MailFailing }[]>`DELETE FROM settings WHERE key = ${key} RETURNING value`;
  return rows[0]?.value ?? null;
}

export async function readMailFailing(): Promise<MailFailing | null> {
  const row = await db.setting.findUnique({ where: { key } });
  return (row?.value as MailFailing | undefined) ?? null;
}

/** A permanent refusal of one recipient (5xx to RCPT TO): that address is wrong, the mail server is fine. */
export function isRecipientRefusal(error: unknown): boolean {
  const smtp = error as { command?: string; responseCode?: number } | null;
  return smtp?.command === "RCPT TO" && typeof smtp.responseCode === "number" && smtp.responseCode >= 500;
}
