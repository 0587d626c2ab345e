import { readDate } from "./read-date";
import { importFields, isPlaceholder, neverExpiresWords, type ImportFieldKey } from "./schema";

/** "Owner e-mail" → "owneremail": case, spaces, accents and punctuation do not matter. */
export const normaliseHeader = (header: string) =>
  header
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

// Other words people put at the top of a spreadsheet column, already normalised (English, German,
// French, Spanish, Dutch). Deliberately absent: "key", "apikey", "secret", "value" — such columns
// usually hold the secret itself.
const synonyms: Record<ImportFieldKey, string[]> = {
  name: [
    "name",
    "token",
    "tokenname",
    "keyname",
    "title",
    "credential",
    "credentialname",
    "bezeichnung",
    "nom",
    "nombre",
    "naam",
  ],
  service: [
    "service",
    "vendor",
    "tool",
    "provider",
    "app",
    "application",
    "platform",
    "system",
    "servicename",
    "dienst",
    "anbieter",
    "fournisseur",
    "servicio",
    "proveedor",
  ],
  environment: ["environment", "env", "environments", "umgebung", "environnement", "entorno", "omgeving"],
  purpose: [
    "purpose",
    "usedfor",
    "description",
    "whatitsfor",
    "whatisitfor",
    "whatfor",
    "usage",
    "use",
    "zweck",
    "beschreibung",
    "objet",
    "proposito",
    "descripcion",
    "doel",
  ],
  dependents: [
    "whatstopsworking",
    "whatstopsworkingifitexpires",
    "dependents",
    "feeds",
    "whatbreaks",
    "breaks",
    "dependencies",
    "usedby",
    "whatitfeeds",
    "abhangigkeiten",
    "dependances",
    "dependencias",
  ],
  secretLocation: [
    "wherethesecretisstored",
    "wheresecretisstored",
    "wherestored",
    "whereisitstored",
    "storedin",
    "location",
    "vault",
    "secretlocation",
    "storage",
    "ablageort",
    "speicherort",
    "emplacement",
    "ubicacion",
  ],
  scopes: ["scopes", "scope", "permissions", "access", "berechtigungen", "rechte", "droits", "permisos"],
  ownerEmail: [
    "owneremail",
    "owner",
    "owneremailaddress",
    "ownedby",
    "owners",
    "keyowner",
    "tokenowner",
    "responsible",
    "responsibleperson",
    "contact",
    "besitzer",
    "verantwortlich",
    "eigentumer",
    "proprietaire",
    "responsable",
    "propietario",
    "eigenaar",
  ],
  backupEmail: [
    "backupemail",
    "backup",
    "backupowner",
    "backupowneremail",
    "deputy",
    "deputyemail",
    "secondowner",
    "backupperson",
    "backupcontact",
    "secondcontact",
    "stellvertreter",
    "vertretung",
    "suppleant",
    "suplente",
    "vervanger",
  ],
  team: ["team", "teamname", "department", "dept", "abteilung", "equipe", "equipo", "afdeling"],
  issuedOn: [
    "issuedon",
    "issued",
    "issuedate",
    "dateissued",
    "created",
    "createdon",
    "createddate",
    "erstelltam",
    "ausgestelltam",
    "datedecreation",
    "fechadecreacion",
  ],
  expiresOn: [
    "expireson",
    "expires",
    "expiry",
    "expirydate",
    "expiration",
    "expirationdate",
    "expiresat",
    "validuntil",
    "renewby",
    "renewal",
    "renewaldate",
    "renewon",
    "enddate",
    "ablaufdatum",
    "gultigbis",
    "lauftab",
    "dateexpiration",
    "datedexpiration",
    "vencimiento",
    "fechadevencimiento",
    "caducidad",
    "vervaldatum",
    "geldigtot",
  ],
  rotateEveryDays: [
    "rotateeverydays",
    "rotateevery",
    "rotationdays",
    "rotationperiod",
    "rotationperioddays",
    "rotationpolicy",
    "rotationpolicydays",
  ],
  lastRotatedOn: [
    "lastrotatedon",
    "lastrotated",
    "lastrotation",
    "rotatedon",
    "lastrenewed",
    "zuletztrotiert",
    "zuletzterneuert",
  ],
  criticality: [
    "criticality",
    "critical",
    "priority",
    "importance",
    "severity",
    "kritikalitat",
    "prioritat",
    "criticite",
    "priorite",
    "criticidad",
    "prioridad",
  ],
  consoleUrl: ["consolelink", "consoleurl", "console", "link", "url", "adminlink", "adminurl"],
  tags: ["tags", "tag", "labels", "label"],
  notes: [
    "notes",
    "note",
    "comments",
    "comment",
    "remarks",
    "notizen",
    "bemerkungen",
    "remarques",
    "notas",
    "opmerkingen",
  ],
};

const fieldFor = new Map<string, ImportFieldKey>();
for (const { key, label } of importFields) {
  for (const word of [normaliseHeader(label), ...synonyms[key]]) if (!fieldFor.has(word)) fieldFor.set(word, key);
}

/** Whether a cell reads as the name of a Tokenbook column ("Owner e-mail", "Renew by", "Dienst"…). */
export const isKnownColumnName = (cell: string) => fieldFor.has(normaliseHeader(cell));

const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
const looksLikeDate = (text: string) => !("problem" in readDate(text, "dmy")) || !("problem" in readDate(text, "mdy"));

/** Most of a column's filled cells have this shape; "N/A", "never" and the like are not counted. */
function columnShape(values: string[]): "email" | "date" | null {
  const filled = values
    .map((value) => value.trim())
    .filter((value) => !isPlaceholder(value) && !neverExpiresWords.includes(value.toLowerCase()));
  if (filled.length === 0) return null;
  const share = (test: (value: string) => boolean) => filled.filter(test).length / filled.length;
  if (share(looksLikeEmail) >= 0.8) return "email";
  if (share(looksLikeDate) >= 0.8) return "date";
  return null;
}

/** A column's guess and why, told beside the column so the person can confirm it. */
export type ColumnGuess = { field: ImportFieldKey | ""; hint: string | null };

const byValues: Record<"email" | "date", { fields: ImportFieldKey[]; words: string; ask: string }> = {
  email: {
    fields: ["ownerEmail", "backupEmail"],
    words: "email addresses",
    ask: "This column holds email addresses. Choose whether they are the owners or the backups.",
  },
  date: {
    fields: ["expiresOn"],
    words: "dates",
    ask: "This column holds dates. Choose whether they are expiry dates, issue dates or last-rotated dates.",
  },
};

/**
 * The obvious field for each column: first by its header, then by the shape of its values (a
 * column of emails is an owner, of dates an expiry). When two unmatched columns have the same shape,
 * neither is guessed: the person is asked which is which.
 */
export function guessColumns(headers: string[], values: string[][]): ColumnGuess[] {
  const taken = new Set<ImportFieldKey>();
  const guesses: ColumnGuess[] = headers.map((header) => {
    const field = fieldFor.get(normaliseHeader(header));
    if (!field || taken.has(field)) return { field: "", hint: null };
    taken.add(field);
    return { field, hint: null };
  });
  for (const shape of ["email", "date"] as const) {
    const unmatched = guesses.flatMap((guess, index) =>
      guess.field === "" && columnShape(values[index] ?? []) === shape ? [index] : [],
    );
    const free = byValues[shape].fields.filter((field) => !taken.has(field));
    if (unmatched.length === 1 && free.length > 0) {
      guesses[unmatched[0]] = { field: free[0], hint: `Guessed from its values: they are ${byValues[shape].words}.` };
      taken.add(free[0]);
    } else {
      for (const index of unmatched) guesses[index].hint = byValues[shape].ask;
    }
  }
  return guesses;
}

/** The guessed field of each column from its header alone ("" when none). */
export const guessColumnMapping = (headers: string[]) => guessColumns(headers, []).map((guess) => guess.field);
