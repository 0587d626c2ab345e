import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { deliverMail } from "@/lib/mail/send-mail";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { canEditTokens, findEditableToken } from "@/lib/tokens/token-access";
import { parseInput } from "@/lib/validation/parse-input";
import { notWorkingEmail } from "./not-working-email";
import { queueAlerts } from "./queue-alerts";
import { notWorkingNoteLabel } from "./field-labels";
import { reportNotWorkingSchema } from "./schema";

const holder = { select: { name: true, email: true, active: true } } as const;

/**
 * Anyone signed in tells owner and backup that something using the token stopped working. The
 * report is claimed with a conditional update, so a second press (or two people at once) sends
 * nothing more until someone answers it.
 */
export async function reportNotWorking(
  actor: Actor | null,
  tokenId: string,
  input: { note?: string } = {},
  now = new Date(),
) {
  const me = await authorize(actor, "token.report_not_working", isSignedIn, { type: "token", id: tokenId });
  await refuseSecrets([{ field: "note", label: notWorkingNoteLabel, value: input?.note }]);
  const { note } = parseInput(reportNotWorkingSchema, input);
  const mails = await db.$transaction(async (tx) => {
    const claimed = await tx.token.updateMany({
      where: { id: tokenId, problemReportedAt: null, state: { not: "retired" } },
      data: { problemReportedAt: now, problemReportedById: me.id, problemNote: note || null },
    });
    const token = await tx.token.findUnique({
      where: { id: tokenId },
      select: { id: true, name: true, service: true, state: true, owner: holder, backup: holder },
    });
    if (!token) throw new NotFoundError("That token no longer exists.");
    if (claimed.count === 0) {
      if (token.state === "retired")
        throw new ConflictError(
          "This token is retired and no longer in use. If something still needs it, tell an admin.",
        );
      return null;
    }
    await recordAudit(tx, {
      actor: me,
      action: "token.reported_not_working",
      recordType: "token",
      recordId: tokenId,
      after: { problemNote: note || null },
    });
    return queueAlerts(
      tx,
      [token.owner, token.backup],
      (recipient) => notWorkingEmail({ token, reportedBy: me.name, note, recipient }),
      {
        kind: "not-working",
        about: `Not working: ${token.name}`,
      },
    );
  });
  if (mails === null) return { alreadyTold: true as const, deliveries: [] };
  return { alreadyTold: false as const, deliveries: await Promise.all(mails.map((mail) => deliverMail(mail.id))) };
}

/** Owner, backup or an admin has looked at it: the notice on the token goes away. */
export async function answerNotWorking(actor: Actor | null, tokenId: string) {
  const me = await authorize(actor, "token.answer_not_working", canEditTokens, { type: "token", id: tokenId });
  return db.$transaction(async (tx) => {
    const token = await findEditableToken(tx, me, tokenId, "token.answer_not_working");
    const answered = await tx.token.updateMany({
      where: { id: tokenId, problemReportedAt: { not: null } },
      data: { problemReportedAt: null, problemReportedById: null, problemNote: null },
    });
    if (answered.count === 0) throw new ConflictError("Someone has already answered this report.");
    await recordAudit(tx, {
      actor: me,
      action: "token.problem_answered",
      recordType: "token",
      recordId: tokenId,
      before: { problemNote: token.problemNote },
    });
  });
}
