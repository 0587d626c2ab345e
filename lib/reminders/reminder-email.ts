import { formatDate } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import { renderEmail, type RenderedEmail } from "@/lib/mail/render-email";
import { acknowledgementUrl } from "./acknowledgement-link";
import { reminderSubject, tokenLabel, whenWords } from "./reminder-words";

type Person = { id: string; name: string; email: string };
export type ReminderMailToken = {
  id: string;
  name: string;
  service: string;
  dependents: string[];
  owner: Person;
  backup: Person | null;
};
export type ReminderMail = {
  kind: ReminderKind;
  dueOn: Date;
  token: ReminderMailToken;
  recipient: Person;
  admins: Person[];
};

/** One reminder email: which token, when, what stops working, who the backup is, the runbook, and "I'm on it". */
export function reminderEmail(mail: ReminderMail, now: Date): RenderedEmail & { subject: string } {
  const { kind, dueOn, token, recipient } = mail;
  const appUrl = env().APP_URL;
  const subject = reminderSubject(kind, token, dueOn, now);
  const onIt = `Handling it? Press “I'm on it” so the others know (no sign-in needed): ${acknowledgementUrl(token.id, dueOn, recipient.id)}`;
  const content = {
    preheader: `${kind === "no_backup" ? "Choose a backup" : `Due ${formatDate(dueOn)}`} — ${tokenLabel(token)}`,
    heading: subject.replace(/ \([^)]*\)$/, ""),
    paragraphs: [...body(mail, now), ...(kind === "no_backup" ? [] : [onIt])],
    details: details(mail, now),
    button:
      kind === "no_backup"
        ? { label: "Choose a backup", url: `${appUrl}/tokens/${token.id}/edit` }
        : { label: "Open the runbook", url: `${appUrl}/tokens/${token.id}/runbook` },
    footer: footer(mail),
  };
  return { subject, ...renderEmail(content) };
}

function body({ kind, dueOn, token }: ReminderMail, now: Date): string[] {
  const date = `${formatDate(dueOn)} — ${whenWords(dueOn, now)}`;
  const stops = token.dependents.length
    ? `If it runs out, these stop working: ${token.dependents.join(", ")}.`
    : "Nobody has listed what stops working when it runs out; please add that on the token page.";
  switch (kind) {
    case "expiry":
      return [
        `${token.name} unlocks ${token.service}. It expires on ${date}.`,
        stops,
        "The runbook walks you through making a new one and putting it in place.",
      ];
    case "rotation":
      return [
        `${token.name} unlocks ${token.service}. Its rotation policy says to replace it on ${date}.`,
        stops,
        "The runbook walks you through the replacement.",
      ];
    case "escalation":
      return [
        `Nobody has pressed “I'm on it” for ${token.name} (${token.service}), which expires on ${date}.`,
        `Please check with ${token.owner.name}${token.backup ? ` or ${token.backup.name}` : ""}, or take it on yourself.`,
        stops,
      ];
    case "no_backup":
      return [
        `Nobody backs you up on ${token.name} (${token.service}). If you are away when it needs replacing, nobody else is reminded.`,
        "Choose a backup person on the token page — it takes a minute.",
      ];
  }
}

function details({ kind, dueOn, token }: ReminderMail, now: Date): [string, string][] {
  const rows: [string, string][] = [
    ["Token", token.name],
    ["Service", token.service],
  ];
  if (kind !== "no_backup")
    rows.push([kind === "rotation" ? "Replace by" : "Expires", `${formatDate(dueOn)} (${whenWords(dueOn, now)})`]);
  rows.push(["Owner", token.owner.name], ["Backup", token.backup?.name ?? "Nobody yet"]);
  return rows;
}

function footer({ kind, token, recipient, admins }: ReminderMail): string {
  const why =
    kind === "escalation"
      ? "You get this because you are a Tokenbook admin."
      : `You get this because you ${token.owner.id === recipient.id ? "own" : token.backup?.id === recipient.id ? "back up" : "look after"} this token in Tokenbook.`;
  const tell = admins.length
    ? `Not yours? Tell an admin: ${admins
        .slice(0, 2)
        .map((admin) => `${admin.name} <${admin.email}>`)
        .join(" or ")}.`
    : "Not yours? Tell an admin.";
  return `${why} ${kind === "escalation" ? "" : tell}`.trim();
}
