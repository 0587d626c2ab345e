import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { renameMyselfSchema } from "./schema";

/** Everyone may change the name others see for them (the first admin starts as "admin"). */
export async function renameMyself(actor: Actor | null, input: { name?: string }) {
  const me = await authorize(actor, "person.rename_self", isSignedIn);
  const { name } = parseInput(renameMyselfSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: me.id }, select: { name: true } });
    const person = await tx.user.update({ where: { id: me.id }, data: { name } });
    await recordAudit(tx, {
      actor: me,
      action: "person.renamed_self",
      recordType: "person",
      recordId: me.id,
      before: { name: before.name },
      after: { name },
    });
    return person;
  });
}
