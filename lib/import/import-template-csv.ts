import { stringify } from "csv-stringify/sync";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { tokenCsvColumns, tokenCsvListSeparator, type TokenCsvKey } from "@/lib/tokens/token-csv-columns";

const example: Record<TokenCsvKey, string> = {
  name: "HubSpot reporting key",
  service: "HubSpot",
  environment: "Production",
  purpose: "Pulls campaign numbers into the weekly marketing report",
  dependents: ["Weekly marketing report", "Board dashboard"].join(tokenCsvListSeparator),
  secretLocation: "1Password › Marketing vault › HubSpot private app",
  scopes: "crm.objects.contacts.read, crm.objects.deals.read",
  ownerEmail: "maria.owner@example.com",
  backupEmail: "sam.backup@example.com",
  team: "Marketing",
  issuedOn: "2026-01-15",
  expiresOn: "2026-12-31",
  rotateEveryDays: "180",
  lastRotatedOn: "2026-01-15",
  criticality: "High",
  consoleUrl: "https://app.hubspot.com/private-apps",
  tags: ["marketing", "reporting"].join(tokenCsvListSeparator),
  notes: "Made in HubSpot › Settings › Integrations › Private apps",
};

/** The import template for anyone signed in: the export's headers and one example row, with a BOM for Excel. */
export async function importTemplateCsv(actor: Actor | null) {
  await authorize(actor, "token.import_template", isSignedIn);
  return stringify([example], {
    bom: true,
    header: true,
    columns: tokenCsvColumns.map(([key, header]) => ({ key, header })),
  });
}

export const importTemplateFileName = "tokenbook-import-template.csv";
