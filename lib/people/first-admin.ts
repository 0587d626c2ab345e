import { createHash, randomBytes } from "node:crypto";
import { addHours } from "date-fns";
import { recordAudit } from "@/lib/audit/record-audit";
import { issueSignInLink, signInLinkMinutes } from "@/lib/auth/issue-sign-in-link";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { env } from "@/lib/env";
import { ConflictError } from "@/lib/errors";
import { normalizeEmail } from "./find-person";
import { personSnapshot } from "./person-snapshot";
import { invitePersonSchema } from "./schema";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** ADMIN_EMAIL at start: that person exists, is active and is an admin. */
export async function ensureAdmin(rawEmail: string) {
  const email = normalizeEmail(rawEmail);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email } });
    if (before?.active && before.role === "admin") return;
    const after = before
      ? await tx.user.update({ where: { email }, data: { role: "admin", active: true, deactivatedAt: null } })
      : await tx.user.create({ data: { email, name: email.split("@")[0], role: "admin" } });
    await recordAudit(tx, {
      actor: null,
      actorEmail: "ADMIN_EMAIL setting",
      action: "person.made_admin_by_setting",
      recordType: "person",
      recordId: after.id,
      before: before ? personSnapshot(before) : undefined,
      after: personSnapshot(after),
    });
  });
}

/** When nobody exists yet, a one-time link (valid 1 hour) that creates the first admin. */
export async function createSetupLinkIfNobody(now = new Date()) {
  if ((await db.user.count()) > 0) return null;
  const token = randomBytes(24).toString("base64url");
  await db.setupLink.create({ data: { tokenHash: hashToken(token), expiresAt: addHours(now, 1) } });
  const link = new URL("/setup", env().APP_URL);
  link.searchParams.set("token", token);
  return link.toString();
}

export async function setupLinkIsUsable(token: string, now = new Date()) {
  const link = await db.setupLink.findUnique({ where: { tokenHash: hashToken(token) } });
  return Boolean(link && !link.usedAt && link.expiresAt > now && (await db.user.count()) === 0);
}

/** Uses the setup link once, creates the first admin, and returns a sign-in link for them. */
export async function completeSetup(token: string, input: { name: string; email: string }, now = new Date()) {
  const { name, email } = parseInput(invitePersonSchema, { ...input, role: "admin" });
  return db.$transaction(async (tx) => {
    const claimed = await tx.setupLink.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1 || (await tx.user.count()) > 0) {
      throw new ConflictError("This setup link has expired or was already used. Restart Tokenbook to print a new one.");
    }
    const person = await tx.user.create({ data: { name, email, role: "admin" } });
    await recordAudit(tx, {
      actor: null,
      actorEmail: person.email,
      action: "person.first_admin_created",
      recordType: "person",
      recordId: person.id,
      after: personSnapshot(person),
    });
    return issueSignInLink(person.email, signInLinkMinutes, now, tx);
  });
}
