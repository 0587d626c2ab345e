import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";

async function recordForPerson(userId: string, action: string, after?: unknown) {
  await db.$transaction(async (tx) => {
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const actor = { id: person.id, email: person.email, name: person.name, role: person.role };
    await recordAudit(tx, { actor, action, recordType: "person", recordId: person.id, after });
  });
}

export const recordSignIn = (userId: string, method: string) => recordForPerson(userId, "auth.signed_in", { method });
export const recordSignOut = (userId: string) => recordForPerson(userId, "auth.signed_out");
