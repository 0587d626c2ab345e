import { formatDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { renderEmail } from "@/lib/mail/render-email";
import type { OutgoingMail } from "@/lib/mail/send-mail";
import { mailHeaderText } from "@/lib/text/output-text";
import { apiKeyScopeLabels, type ApiKeyScopeName } from "./scope-words";

type StoppedKey = { name: string; scope: ApiKeyScopeName; lastUsedAt: Date | null; lastUsedFrom: string | null };
type Notice = {
  person: { id: string; name: string };
  keys: StoppedKey[];
  timeZone: string;
  recipient: { name: string; email: string };
};

const lastUse = (key: StoppedKey, timeZone: string) =>
  key.lastUsedAt
    ? `last used ${formatDateTime(key.lastUsedAt, timeZone)} from ${key.lastUsedFrom ?? "an unknown address"}`
    : "never used";

/** To every admin when someone is deactivated: the automations (API keys) that now get 401, by name. */
export function stoppedKeysEmail({ person, keys, timeZone, recipient }: Notice): OutgoingMail {
  const count = keys.length === 1 ? "1 API key" : `${keys.length} API keys`;
  const { text, html } = renderEmail({
    preheader: `${person.name} was deactivated: ${count} stopped working.`,
    heading: `${count} of ${person.name} stopped working`,
    paragraphs: [
      `Hello ${recipient.name},`,
      `${person.name} was deactivated, so every API key they own stopped working at once. Whatever uses these keys is now refused with “401 Unauthorized”:`,
      keys
        .map((key) => `• “${key.name}” (${apiKeyScopeLabels[key.scope].label}), ${lastUse(key, timeZone)}`)
        .join("\n"),
      "If an automation or monitor still needs one, make a new key for someone who stays (Profile › API keys) and put it in place.",
    ],
    button: { label: `Open ${person.name}'s hand-over page`, url: `${env().APP_URL}/ownership/hand-over/${person.id}` },
    footer: "You get this email because you are an admin in Tokenbook.",
  });
  return {
    to: recipient.email,
    subject: `${mailHeaderText(person.name, 100)} was deactivated: ${count} now get 401`,
    text,
    html,
    kind: "api-keys-stopped",
  };
}
