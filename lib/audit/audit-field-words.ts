import { formatDate, formatDateTime } from "@/lib/dates/format-date";

/** Names of people, tokens and teams an audit row refers to by email or id, looked up once per page. */
export type AuditNames = {
  people: ReadonlyMap<string, string>;
  tokens: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
  /** A run's id → its token's id. */
  runTokens: ReadonlyMap<string, string>;
  /** The organisation's time zone, which times of day are shown in. */
  timeZone: string;
};

export const noAuditNames: AuditNames = {
  people: new Map(),
  tokens: new Map(),
  teams: new Map(),
  runTokens: new Map(),
  timeZone: "UTC",
};

const labels: Record<string, string> = {
  name: "Name",
  service: "Service",
  purpose: "What it is for",
  dependents: "What stops working",
  environment: "Environment",
  secretLocation: "Where the secret is stored",
  scopes: "Scopes",
  owner: "Owner",
  backup: "Backup",
  team: "Team",
  teamId: "Team",
  issuedOn: "Issue date",
  expiresOn: "Expiry date",
  rotateEveryDays: "Rotation policy",
  lastRotatedOn: "Last rotated on",
  criticality: "Criticality",
  consoleUrl: "Console link",
  tags: "Tags",
  notes: "Notes",
  state: "State",
  compromiseNote: "What the leak report said",
  revokeReason: "Reason for revoking",
  problemNote: "What isn't working",
  failingDetail: "What the monitor saw",
  monitor: "Monitor (API key)",
  timeToRevoke: "Time to revoke",
  runbookTestedAt: "Runbook last tested",
  startedBy: "Started by",
  finishedBy: "Finished by",
  signOffNote: "Sign-off note",
  kind: "Kind of run",
  reason: "Reason",
  stepsDone: "Steps ticked",
  steps: "Steps",
  templateName: "Runbook template",
  fromToken: "Copied from the runbook of",
  role: "Role",
  active: "Account",
  email: "Email",
  method: "Signed in with",
  sessionsEnded: "Sessions ended",
  feed: "Calendar feed",
  dueOn: "For the due date",
  reminderDigest: "Daily digest email",
  daysBefore: "Reminder days before the due date",
  criticalDaysBefore: "Extra early reminders for critical tokens",
  overdueEveryDays: "Reminders once overdue",
  count: "How many",
  fileName: "File",
  members: "Members",
  tokens: "Tokens",
  attempted: "Tried to",
  description: "Description",
  filters: "Filters",
  view: "View",
  searched: "Searched by",
  emails: "Emails",
  to: "To",
  subject: "Subject",
};

// Kept in the audit row for machines (the CSV export); a person reads the run's story, not its id.
const hiddenFields = new Set(["run", "id", "recordId"]);

const stateWords: Record<string, string> = {
  active: "in use",
  compromised: "compromised",
  revoked: "revoked",
  retired: "retired",
};
const kindWords: Record<string, string> = {
  rotation: "rotation",
  practice: "practice run",
  emergency: "emergency replacement",
};

/** "expiresOn" → "Expiry date"; a field not listed still reads as words: "lastCheckedAt" → "Last checked at". */
export function fieldLabel(field: string) {
  if (labels[field]) return labels[field];
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replaceAll(/[_.-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Detail";
}

export const isHiddenField = (field: string) => hiddenFields.has(field);

const longest = 200;
const shortened = (text: string) => (text.length > longest ? `${text.slice(0, longest)}…` : text);
const validDate = (date: Date) => (Number.isNaN(date.getTime()) ? null : date);
// Only a real calendar day: JavaScript would read 30 February as 2 March.
const asDay = (text: string) => {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? validDate(new Date(`${text}T00:00:00.000Z`)) : null;
  return date?.toISOString().startsWith(text) ? date : null;
};
// An id kept by an older row or a new kind of event; it means nothing to a reader.
const isId = (text: string) => /^c[a-z0-9]{20,}$/.test(text);
const asInstant = (text: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) ? validDate(new Date(text)) : null);

function textWords(field: string, text: string, names: AuditNames) {
  const day = asDay(text);
  if (day) return formatDate(day);
  const instant = asInstant(text);
  if (instant) return formatDateTime(instant, names.timeZone);
  if (field === "owner" || field === "backup" || field === "to")
    return names.people.get(text) ?? (isId(text) ? "a person no longer in Tokenbook" : text);
  if (field === "teamId") return names.teams.get(text) ?? "a team no longer in Tokenbook";
  if (field === "fromToken") return names.tokens.get(text) ?? "a token no longer in Tokenbook";
  if (isId(text)) return "another record";
  if (field === "state") return stateWords[text] ?? text;
  if (field === "kind") return kindWords[text] ?? text;
  return shortened(text);
}

function numberWords(field: string, value: number) {
  if (field === "rotateEveryDays") return `replace every ${value} days`;
  if (field === "overdueEveryDays") return `every ${value} days`;
  return value.toLocaleString("en-GB");
}

/** One recorded value as plain words: dates as "12 Dec 2026", people by name, lists joined, never JSON. */
export function valueWords(field: string, value: unknown, names: AuditNames): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (typeof value === "boolean") return field === "active" ? (value ? "active" : "deactivated") : value ? "yes" : "no";
  if (typeof value === "number") return numberWords(field, value);
  if (typeof value === "string") return textWords(field, value, names);
  if (Array.isArray(value)) {
    if (value.length === 0) return "nothing";
    if (field === "daysBefore" || field === "criticalDaysBefore") return `${value.join(", ")} days`;
    return shortened(value.map((item) => valueWords(field, item, names)).join(", "));
  }
  if (typeof value === "object") {
    const parts = Object.entries(value)
      .filter(([key, item]) => !isHiddenField(key) && item !== undefined)
      .map(([key, item]) => `${fieldLabel(key).toLowerCase()} ${valueWords(key, item, names)}`);
    return parts.length ? shortened(parts.join("; ")) : "nothing";
  }
  return "something Tokenbook cannot show";
}
