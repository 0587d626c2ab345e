import { importFields, type ImportFieldKey } from "./schema";

/** "Owner e-mail" → "owneremail": case, spaces, accents and punctuation do not matter. */
export const normaliseHeader = (header: string) =>
  header
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

// Other words people put at the top of a spreadsheet column, already normalised.
// Deliberately absent: "key", "apikey", "secret", "value" — such columns usually hold the secret itself.
const synonyms: Record<ImportFieldKey, string[]> = {
  name: ["name", "token", "tokenname", "keyname", "title", "credential", "credentialname"],
  service: ["service", "vendor", "tool", "provider", "app", "application", "platform", "system", "servicename"],
  environment: ["environment", "env", "environments"],
  purpose: ["purpose", "usedfor", "description", "whatitsfor", "whatisitfor", "whatfor", "usage", "use"],
  dependents: ["whatstopsworking", "whatstopsworkingifitexpires", "dependents", "feeds", "whatbreaks", "breaks", "dependencies", "usedby", "whatitfeeds"],
  secretLocation: ["wherethesecretisstored", "wheresecretisstored", "wherestored", "whereisitstored", "storedin", "location", "vault", "secretlocation", "storage"],
  scopes: ["scopes", "scope", "permissions", "access"],
  ownerEmail: ["owneremail", "owner", "owneremailaddress", "ownedby", "owners"],
  backupEmail: ["backupemail", "backup", "backupowner", "backupowneremail", "deputy", "deputyemail", "secondowner"],
  team: ["team", "teamname", "department", "dept"],
  issuedOn: ["issuedon", "issued", "issuedate", "dateissued", "created", "createdon", "createddate"],
  expiresOn: ["expireson", "expires", "expiry", "expirydate", "expiration", "expirationdate", "expiresat", "validuntil"],
  rotateEveryDays: ["rotateeverydays", "rotateevery", "rotationdays", "rotationperiod", "rotationperioddays", "rotationpolicy", "rotationpolicydays"],
  lastRotatedOn: ["lastrotatedon", "lastrotated", "lastrotation", "rotatedon"],
  criticality: ["criticality", "critical", "priority", "importance", "severity"],
  consoleUrl: ["consolelink", "consoleurl", "console", "link", "url", "adminlink", "adminurl"],
  tags: ["tags", "tag", "labels", "label"],
  notes: ["notes", "note", "comments", "comment", "remarks"],
};

const fieldFor = new Map<string, ImportFieldKey>();
for (const { key, label } of importFields) {
  for (const word of [normaliseHeader(label), ...synonyms[key]]) if (!fieldFor.has(word)) fieldFor.set(word, key);
}

/** The obvious field for each header ("" when none); a field goes to the first column that names it. */
export function guessColumnMapping(headers: string[]): (ImportFieldKey | "")[] {
  const taken = new Set<ImportFieldKey>();
  return headers.map((header) => {
    const field = fieldFor.get(normaliseHeader(header));
    if (!field || taken.has(field)) return "";
    taken.add(field);
    return field;
  });
}
