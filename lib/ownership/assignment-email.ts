import { formatDateWithDistance } from "@/lib/dates/format-date";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { renderEmail } from "@/lib/mail/render-email";
import { recordUnbuiltMail } from "@/lib/mail/record-unbuilt-mail";
import { sendMail, type DeliveryResult } from "@/lib/mail/send-mail";
import { mailHeaderText } from "@/lib/text/output-text";
import type { NewAssignment } from "./apply-assignments";
import type { AssignableRole } from "./schema";

type TokenFacts = { id: string; name: string; service: string; purpose: string; expiresOn: Date | null };
type Recipient = { name: string; email: string };

// A very long list stays readable: the rest is one click away on the person's own page.
const listedAtMost = 50;

const short = (name: string) => mailHeaderText(name, 80);
const tokens = (count: number) => (count === 1 ? "1 token" : `${count} tokens`);

export function assignmentSubject(owned: TokenFacts[], backedUp: TokenFacts[]) {
  if (owned.length && backedUp.length)
    return `You now own ${tokens(owned.length)} and are the backup for ${tokens(backedUp.length)}`;
  const [role, list] = owned.length ? ["owner of", owned] : ["backup for", backedUp];
  return list.length === 1
    ? `You are now the ${role} “${short(list[0].name)}”`
    : `You are now the ${role} ${tokens(list.length)}`;
}

const roleMeaning: Record<AssignableRole, string> = {
  owner:
    "As owner, you keep it working: Tokenbook reminds you before it expires, and its runbook shows how to replace it.",
  backup: "As backup, you step in when the owner is away, and you get the same reminders.",
};

function describeToken(token: TokenFacts, now: Date) {
  const expires = token.expiresOn ? formatDateWithDistance(token.expiresOn, now) : "Does not expire";
  return [
    `${token.name} (${token.service})`,
    `What it does: ${token.purpose}`,
    `Expires: ${expires}`,
    `Open it: ${env().APP_URL}/tokens/${token.id}`,
  ].join("\n");
}

function section(role: AssignableRole, list: TokenFacts[], now: Date) {
  if (!list.length) return [];
  const heading =
    role === "owner"
      ? `You are the owner of ${tokens(list.length)}. ${roleMeaning.owner}`
      : `You are the backup for ${tokens(list.length)}. ${roleMeaning.backup}`;
  const more =
    list.length > listedAtMost ? [`…and ${list.length - listedAtMost} more, listed on your My tokens page.`] : [];
  return [heading, ...list.slice(0, listedAtMost).map((token) => describeToken(token, now)), ...more];
}

export function renderAssignmentEmail(
  recipient: Recipient,
  assignedBy: string,
  owned: TokenFacts[],
  backedUp: TokenFacts[],
  now: Date,
) {
  const subject = assignmentSubject(owned, backedUp);
  const single = owned.length + backedUp.length === 1 ? [...owned, ...backedUp][0] : null;
  const { text, html } = renderEmail({
    preheader: `${assignedBy} made you responsible for ${tokens(owned.length + backedUp.length)} in Tokenbook.`,
    heading: subject,
    paragraphs: [
      `Hello ${recipient.name},`,
      `${assignedBy} changed who looks after these tokens in Tokenbook.`,
      ...section("owner", owned, now),
      ...section("backup", backedUp, now),
    ],
    button: single
      ? { label: "Open the token", url: `${env().APP_URL}/tokens/${single.id}` }
      : { label: "See all your tokens", url: `${env().APP_URL}/my-tokens` },
    footer: "Not the right person for this? Reply to your Tokenbook admin so they can choose someone else.",
  });
  return { to: recipient.email, subject, text, html, kind: "ownership" };
}

/**
 * One email per person, however many tokens they were given in one step; the person who made the change is not told.
 */
export async function sendAssignmentEmails(
  assignedBy: { id: string; name: string },
  assignments: NewAssignment[],
  now = new Date(),
) {
  const toTell = assignments.filter((a) => a.personId !== assignedBy.id);
  if (!toTell.length) return [];
  const [people, facts] = await Promise.all([
    db.user.findMany({
      where: { id: { in: toTell.map((a) => a.personId) }, active: true },
      select: { id: true, name: true, email: true },
    }),
    db.token.findMany({
      where: { id: { in: toTell.map((a) => a.tokenId) } },
      select: { id: true, name: true, service: true, purpose: true, expiresOn: true },
      orderBy: [{ expiresOn: { sort: "asc", nulls: "last" } }, { nameKey: "asc" }],
    }),
  ]);
  const given = new Set(toTell.map((a) => `${a.personId} ${a.role} ${a.tokenId}`));
  const results: DeliveryResult[] = [];
  for (const person of people) {
    const mine = (role: AssignableRole) => facts.filter((token) => given.has(`${person.id} ${role} ${token.id}`));
    // One person's email failing to build is recorded for the Outbox and never keeps the others from theirs.
    try {
      results.push(await sendMail(renderAssignmentEmail(person, assignedBy.name, mine("owner"), mine("backup"), now)));
    } catch (error) {
      results.push(
        await recordUnbuiltMail({ to: person.email, kind: "ownership", about: "New tokens to look after", error }),
      );
    }
  }
  return results;
}
