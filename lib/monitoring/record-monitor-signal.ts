import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueAlerts } from "@/lib/incidents/queue-alerts";
import { deliverMail } from "@/lib/mail/send-mail";
import { readTimeZone } from "@/lib/settings/read-organisation-time";
import { findSecret } from "@/lib/secrets/find-secret";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { monitorFailingEmail } from "./monitor-failing-email";
import { type MonitorSignal, readMonitorSignal } from "./read-monitor-signal";
import { signalDetailLabel } from "./schema";

const holder = { select: { name: true, email: true, active: true } } as const;
const noSuchToken = () => new NotFoundError("That token doesn't exist. Check the token id in the monitor's address.");
const throughAKey = (actor: Actor) => Boolean(actor.apiKey);

/** A monitor's words are never refused (its alarm must get through), but never kept when they look like a secret. */
async function withoutSecrets(signal: MonitorSignal): Promise<MonitorSignal> {
  if (!signal.detail) return signal;
  if (signal.source === "tokenbook") {
    await refuseSecrets([{ field: "detail", label: signalDetailLabel, value: signal.detail }]);
    return signal;
  }
  return (await findSecret(signal.detail))
    ? {
        ...signal,
        detail: "(The monitor's message was left out: part of it looked like a secret, and Tokenbook never keeps one.)",
      }
    : signal;
}

const countRepeat = async (client: Prisma.TransactionClient, tokenId: string, now: Date) =>
  (
    await client.monitorFailure.updateMany({
      where: { openTokenId: tokenId },
      data: { signalCount: { increment: 1 }, lastSignalAt: now },
    })
  ).count;

async function openFailure(
  tx: Prisma.TransactionClient,
  me: Actor,
  tokenId: string,
  signal: MonitorSignal,
  now: Date,
  timeZone: string,
) {
  const token = await tx.token.findUnique({
    where: { id: tokenId },
    select: { id: true, name: true, service: true, state: true, owner: holder, backup: holder },
  });
  if (!token) throw noSuchToken();
  if (token.state === "retired")
    throw new ConflictError(
      "This token is retired and no longer in use. Stop the monitor, or point it at the token that replaced it.",
    );
  // The unique open failure per token decides who was first: a repeat (or a parallel twin) only counts.
  const opened = await tx.monitorFailure.createMany({
    data: [
      {
        tokenId,
        openTokenId: tokenId,
        detail: signal.detail,
        source: signal.source,
        reportedByKeyId: me.apiKey!.id,
        failingSince: now,
        lastSignalAt: now,
      },
    ],
    skipDuplicates: true,
  });
  if (opened.count === 0) {
    await countRepeat(tx, tokenId, now);
    return [];
  }
  await recordAudit(tx, {
    actor: me,
    action: "token.monitor_failing",
    recordType: "token",
    recordId: tokenId,
    after: { failingDetail: signal.detail, monitor: me.apiKey!.name },
  });
  return queueAlerts(
    tx,
    [token.owner, token.backup],
    (recipient) =>
      monitorFailingEmail({
        token,
        monitor: { keyName: me.apiKey!.name, ownerName: me.name },
        detail: signal.detail,
        since: now,
        timeZone,
        recipient,
      }),
    {
      kind: "monitor-failing",
      about: `Failing: ${token.name}`,
    },
  );
}

async function closeFailure(tx: Prisma.TransactionClient, me: Actor, tokenId: string, now: Date) {
  const open = await tx.monitorFailure.findUnique({ where: { openTokenId: tokenId } });
  if (!open) return;
  const closed = await tx.monitorFailure.updateMany({
    where: { id: open.id, openTokenId: tokenId },
    data: { openTokenId: null, clearedAt: now, clearedByKeyId: me.apiKey!.id },
  });
  if (closed.count === 1)
    await recordAudit(tx, {
      actor: me,
      action: "token.monitor_ok",
      recordType: "token",
      recordId: tokenId,
      before: { failingDetail: open.detail },
      after: { monitor: me.apiKey!.name },
    });
}

/**
 * A monitor (an API key with the report scope) says the token fails or works. The first "failing"
 * opens a failure and tells owner and backup through the outbox, in the same transaction; repeats
 * only count; "ok" closes it. Uptime Kuma's and Grafana's webhooks are read as they come.
 */
export async function recordMonitorSignal(
  actor: Actor | null,
  tokenId: string,
  body: Record<string, unknown>,
  now = new Date(),
) {
  const me = await authorize(actor, "token.monitor_signal", throughAKey, { type: "token", id: tokenId });
  const signal = await withoutSecrets(readMonitorSignal(body));
  // A repeat, the common case of a monitor that keeps failing, only counts: no transaction needed.
  const repeated = signal.kind === "failing" && (await countRepeat(db, tokenId, now)) === 1;
  const timeZone = repeated ? "" : await readTimeZone();
  const mails = repeated
    ? []
    : await db.$transaction(
        async (tx) => {
          if (signal.kind === "failing") return openFailure(tx, me, tokenId, signal, now, timeZone);
          if ((await tx.token.count({ where: { id: tokenId } })) === 0) throw noSuchToken();
          if (signal.kind === "ok") await closeFailure(tx, me, tokenId, now);
          return [];
        },
        // A monitor may fire many requests at once; each waits its turn rather than failing.
        { maxWait: 10_000 },
      );
  await Promise.all(mails.map((mail) => deliverMail(mail.id)));
  const open = await db.monitorFailure.findUnique({ where: { openTokenId: tokenId } });
  return {
    tokenId,
    understood: signal.kind,
    failing: open !== null,
    failingSince: open?.failingSince.toISOString() ?? null,
    detail: open?.detail ?? null,
    signalCount: open?.signalCount ?? 0,
    told: mails.length > 0,
  };
}
