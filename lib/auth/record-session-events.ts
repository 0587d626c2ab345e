import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";

/** The client's address when Auth.js runs inside a request, as every audit row keeps it. */
async function requestClientAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers());
  } catch {
    return null;
  }
}

async function recordForPerson(userId: string, action: string, after?: unknown) {
  const ipAddress = await requestClientAddress();
  await db.$transaction(async (tx) => {
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const actor = { id: person.id, email: person.email, name: person.name, role: person.role, ipAddress };
    await recordAudit(tx, { actor, action, recordType: "person", recordId: person.id, after });
  });
}

export const recordSignIn = (userId: string, method: string) => recordForPerson(userId, "auth.signed_in", { method });
export const recordSignOut = (userId: string) => recordForPerson(userId, "auth.signed_out");
