import { dateRangeHint, neverEndsNote } from "@/lib/dates/calendar-date";
import type { Role } from "@/lib/generated/prisma/enums";
import { canHoldTokens } from "@/lib/ownership/holder-rule";
import { noBackup, type TokenInput } from "@/lib/tokens/schema";
import { readDate } from "./read-date";
import {
  importFieldLabel,
  isPlaceholder,
  neverExpiresWords,
  type DateOrder,
  type EmptyExpiryChoice,
  type ImportFieldKey,
} from "./schema";

export type ImportLookups = {
  /** Everyone by lower-cased email, active or not, so a deactivated owner gets its own message. */
  peopleByEmail: Map<string, { id: string; active: boolean; role: Role }>;
  teamsByName: Map<string, string>;
};

/** `notes`: what the import read differently from the cell, told in the preview (not a problem). */
/** How the person said to read dates, and what an empty or “N/A” expiry means. */
export type RowReadingOptions = { order: DateOrder | ""; emptyExpiry: EmptyExpiryChoice | "" };

export type RowReading = {
  input: TokenInput;
  problems: Partial<Record<ImportFieldKey, string>>;
  notes: string[];
  unknownEmails: Partial<Record<"ownerEmail" | "backupEmail", string>>;
  /** The same person written as owner and backup: read as “no backup”, and said so as a warning. */
  ownerIsBackup: boolean;
};

const environmentWords: Record<string, TokenInput["environment"]> = {
  production: "production",
  prod: "production",
  prd: "production",
  live: "production",
  staging: "staging",
  stage: "staging",
  stg: "staging",
  development: "development",
  dev: "development",
  develop: "development",
  test: "test",
  testing: "test",
};
const criticalityWords: Record<string, TokenInput["criticality"]> = {
  low: "low",
  medium: "medium",
  med: "medium",
  high: "high",
  critical: "critical",
};

const word = (cell: string) => cell.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");
const neverWords = new Set(neverExpiresWords);
const splitList = (cell: string, separators: RegExp) =>
  cell
    .split(separators)
    .map((part) => part.trim())
    .filter(Boolean);
const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

/**
 * Turns one spreadsheet row into the token form's input, so the one shared schema judges it next.
 * Words the schema cannot read (emails, team names, dates, "never") are resolved here; a problem is
 * said in words that never repeat the cell's value.
 */
export function readImportRow(
  cell: (field: ImportFieldKey) => string,
  { order, emptyExpiry }: RowReadingOptions,
  lookups: ImportLookups,
): RowReading {
  const problems: RowReading["problems"] = {};
  const notes: string[] = [];
  const unknownEmails: RowReading["unknownEmails"] = {};
  // Safe to repeat: only a known word (never, N/A, -) or nothing, never a person's value.
  const said = (field: ImportFieldKey) => (cell(field).trim() ? `“${cell(field).trim()}”` : "An empty cell");

  const person = (field: "ownerEmail" | "backupEmail", role: string) => {
    const email = cell(field).trim().toLowerCase();
    if (!email) {
      if (field === "ownerEmail") problems[field] = "Write the owner's email address.";
      return undefined;
    }
    const found = lookups.peopleByEmail.get(email);
    if (!found) {
      if (looksLikeEmail(email)) unknownEmails[field] = email;
      problems[field] = looksLikeEmail(email)
        ? `Nobody in Tokenbook has this email address. Invite the ${role} first, or use the email of someone already in Tokenbook.`
        : `Write the ${role}'s email address, like finn@example.com.`;
    } else if (!found.active)
      problems[field] = `The ${role} with this email address is deactivated. Choose someone active.`;
    else if (!canHoldTokens(found.role))
      problems[field] =
        `The ${role} with this email address is a viewer, and viewers can't act on tokens. Make them an editor on the People page first, or choose someone else.`;
    return found?.active && canHoldTokens(found.role) ? found.id : undefined;
  };

  const date = (field: "issuedOn" | "lastRotatedOn") => {
    if (!cell(field).trim()) return undefined;
    if (isPlaceholder(cell(field)) || neverWords.has(word(cell(field)))) {
      notes.push(
        `${said(field)} under ${importFieldLabel(field)}: saved as ${field === "lastRotatedOn" ? "“not rotated yet”" : "“issue date not known”"}.`,
      );
      return undefined;
    }
    const reading = readDate(cell(field), order);
    if ("problem" in reading) problems[field] = `This date ${reading.problem}`;
    if ("neverEnds" in reading)
      problems[field] = `This date is outside the years Tokenbook accepts (${dateRangeHint}).`;
    return "date" in reading ? reading.date : undefined;
  };

  const expiry = word(cell("expiresOn"));
  let doesNotExpire = neverWords.has(expiry);
  let expiresOn: string | undefined;
  if (doesNotExpire) notes.push(`${said("expiresOn")} as the expiry: saved as “Does not expire”.`);
  else if (isPlaceholder(expiry)) {
    if (emptyExpiry === "doesNotExpire") {
      doesNotExpire = true;
      notes.push(`${said("expiresOn")} as the expiry: saved as “Does not expire”, as you chose.`);
    } else {
      problems.expiresOn = `${said("expiresOn")} doesn't say when the token expires. Write the date, or “never” if it does not expire.`;
    }
  } else {
    const reading = readDate(cell("expiresOn"), order);
    if ("problem" in reading)
      problems.expiresOn = `This date ${reading.problem} If the token does not expire, write “never”.`;
    else if ("neverEnds" in reading) {
      doesNotExpire = true;
      notes.push(neverEndsNote);
    } else expiresOn = reading.date;
  }

  const environmentCell = word(cell("environment"));
  const environment = environmentWords[environmentCell];
  if (!environment)
    problems.environment = environmentCell
      ? "Write production, staging, development or test."
      : "Write the environment: production, staging, development or test.";

  const criticalityCell = word(cell("criticality"));
  const criticality = criticalityWords[criticalityCell];
  if (!criticality)
    problems.criticality = criticalityCell
      ? "Write low, medium, high or critical."
      : "Write how critical it is: low, medium, high or critical.";

  const teamCell = word(cell("team"));
  const teamId = teamCell ? lookups.teamsByName.get(teamCell) : undefined;
  if (teamCell && !teamId)
    problems.team = "There is no team with this name in Tokenbook. Check the spelling, or leave it empty.";

  // Read here rather than by the shared schema, whose either-empty-or-number rule loses its own message.
  const rotateCell = cell("rotateEveryDays")
    .trim()
    .replace(/\s*days?$/i, "");
  const rotateEveryDays =
    /^\d{1,4}$/.test(rotateCell) && Number(rotateCell) >= 1 && Number(rotateCell) <= 3650
      ? Number(rotateCell)
      : undefined;
  if (rotateCell && rotateEveryDays === undefined)
    problems.rotateEveryDays = "Write a whole number of days between 1 and 3650, like 90.";

  const ownerIsBackup =
    Boolean(cell("ownerEmail").trim()) &&
    cell("ownerEmail").trim().toLowerCase() === cell("backupEmail").trim().toLowerCase();
  const input: TokenInput = {
    name: cell("name"),
    service: cell("service"),
    purpose: cell("purpose"),
    dependents: splitList(cell("dependents"), /[;\n]/),
    environment: environment as TokenInput["environment"],
    secretLocation: cell("secretLocation"),
    scopes: cell("scopes"),
    // A row with a problem is never saved, so "" here only ever reaches the schema as "not chosen".
    ownerId: person("ownerEmail", "owner") ?? "",
    // An empty backup cell is the spreadsheet's way of saying "no backup"; a bad one is a problem above.
    backupId: cell("backupEmail").trim() && !ownerIsBackup ? (person("backupEmail", "backup") ?? "") : noBackup,
    teamId,
    issuedOn: date("issuedOn"),
    expiresOn,
    doesNotExpire,
    rotateEveryDays,
    lastRotatedOn: date("lastRotatedOn"),
    criticality: criticality as TokenInput["criticality"],
    consoleUrl: cell("consoleUrl"),
    tags: splitList(cell("tags"), /[;,\n]/),
    notes: cell("notes"),
  };
  return { input, problems, notes, unknownEmails, ownerIsBackup };
}
