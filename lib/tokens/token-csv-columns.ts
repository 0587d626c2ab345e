/**
 * The spreadsheet columns of a token, in order: the import template reads these headers and the
 * export writes them (with "Status" added after "Environment"), so a downloaded list can be
 * edited and imported again.
 */
export const tokenCsvColumns = [
  ["name", "Name"],
  ["service", "Service"],
  ["environment", "Environment"],
  ["purpose", "Purpose"],
  ["dependents", "What stops working"],
  ["secretLocation", "Where the secret is stored"],
  ["scopes", "Scopes"],
  ["ownerEmail", "Owner email"],
  ["backupEmail", "Backup email"],
  ["team", "Team"],
  ["issuedOn", "Issued on"],
  ["expiresOn", "Expires on"],
  ["rotateEveryDays", "Rotate every (days)"],
  ["lastRotatedOn", "Last rotated on"],
  ["criticality", "Criticality"],
  ["consoleUrl", "Console link"],
  ["tags", "Tags"],
  ["notes", "Notes"],
] as const satisfies readonly (readonly [string, string])[];

export type TokenCsvKey = (typeof tokenCsvColumns)[number][0];

/** Lists inside one cell ("What stops working", "Tags") are joined with this, and split on it by the import. */
export const tokenCsvListSeparator = "; ";
