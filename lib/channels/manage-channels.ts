import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { checkFormAddress } from "@/lib/webhooks/check-form-address";
import { createChannelSchema, type CreateChannelInput } from "./schema";
import { urlHint } from "./url-hint";

/** What the audit log keeps of a channel: never its address or secret. */
const audited = (channel: { name: string; kind: string; urlHint: string; leakAlerts: boolean }) => ({
  name: channel.name,
  kind: channel.kind,
  address: channel.urlHint,
  leakAlerts: channel.leakAlerts,
});

/**
 * Adds a channel. The address is checked (https://, no credentials in it), kept only encrypted, and
 * a webhook gets a new signing secret, returned here once and never again.
 */
export async function createChannel(
  actor: Actor | null,
  input: CreateChannelInput,
): Promise<{ id: string; name: string; signingSecret?: string }> {
  const admin = await authorize(actor, "channel.create", isAdmin);
  const { name, kind, url, leakAlerts } = parseInput(createChannelSchema, input);
  checkFormAddress(url);
  const signingSecret = kind === "webhook" ? `whsec_${randomBytes(24).toString("base64url")}` : undefined;
  const data = {
    name,
    kind,
    leakAlerts,
    urlEncrypted: sealSecret(url),
    urlHint: urlHint(url),
    secretEncrypted: signingSecret ? sealSecret(signingSecret) : null,
  };
  const channel = await db
    .$transaction(async (tx) => {
      const created = await tx.notificationChannel.create({
        data,
        select: { id: true, name: true, kind: true, urlHint: true, leakAlerts: true },
      });
      await recordAudit(tx, {
        actor: admin,
        action: "channel.created",
        recordType: "channel",
        recordId: created.id,
        after: audited(created),
      });
      return created;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new ConflictError(`There is already a channel called “${name}”.`) : error;
    });
  return { id: channel.id, name: channel.name, ...(signingSecret ? { signingSecret } : {}) };
}

export async function deleteChannel(actor: Actor | null, channelId: string) {
  const admin = await authorize(actor, "channel.delete", isAdmin, { type: "channel", id: channelId });
  await db.$transaction(async (tx) => {
    // The delete's own count decides: of two clicks on Remove, the second deletes nothing and says so.
    const [channel] = await tx.notificationChannel.findMany({
      where: { id: channelId },
      select: { name: true, kind: true, urlHint: true, leakAlerts: true },
    });
    if (!channel || (await tx.notificationChannel.deleteMany({ where: { id: channelId } })).count === 0)
      throw new NotFoundError("That channel no longer exists.");
    await recordAudit(tx, {
      actor: admin,
      action: "channel.deleted",
      recordType: "channel",
      recordId: channelId,
      before: audited(channel),
    });
  });
}

/**
 * Sends to a paused channel again (after its address was fixed at the service's end); the count of failures starts
 * over.
 */
export async function resumeChannel(actor: Actor | null, channelId: string) {
  const admin = await authorize(actor, "channel.resume", isAdmin, { type: "channel", id: channelId });
  await db.$transaction(async (tx) => {
    const [resumed] = await tx.notificationChannel.updateManyAndReturn({
      where: { id: channelId, pausedAt: { not: null } },
      data: { pausedAt: null, pausedReason: null, failuresInARow: 0 },
      select: { name: true },
    });
    if (!resumed) throw new NotFoundError("That channel is not paused, or no longer exists.");
    await recordAudit(tx, {
      actor: admin,
      action: "channel.resumed",
      recordType: "channel",
      recordId: channelId,
      after: { name: resumed.name },
    });
  });
}

/** One channel per team (or none): the team's reminders, escalations and leak alerts go there as well as by email. */
export async function routeTeamToChannel(actor: Actor | null, teamId: string, channelId: string | null) {
  const admin = await authorize(actor, "channel.route", isAdmin, { type: "team", id: teamId });
  await db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({
      where: { id: teamId },
      select: { name: true, channel: { select: { name: true } } },
    });
    if (!team) throw new NotFoundError("That team no longer exists.");
    const channel = channelId
      ? await tx.notificationChannel.findUnique({ where: { id: channelId }, select: { name: true } })
      : null;
    if (channelId && !channel) throw new NotFoundError("That channel no longer exists.");
    await tx.team.update({ where: { id: teamId }, data: { channelId } });
    await recordAudit(tx, {
      actor: admin,
      action: "channel.routed",
      recordType: "team",
      recordId: teamId,
      before: { team: team.name, channel: team.channel?.name ?? null },
      after: { team: team.name, channel: channel?.name ?? null },
    });
  });
}
