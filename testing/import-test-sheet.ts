// The spreadsheet the import tests read: its headers, a good row, the people it names, and how a request is built.
import { stringify } from "csv-stringify/sync";
import type { Actor } from "@/lib/auth/actor";
import type { User } from "@/lib/generated/prisma/client";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { guessColumnMapping } from "@/lib/import/guess-columns";
import { readCsv } from "@/lib/import/read-csv";
import type { ImportRequest } from "@/lib/import/schema";
import { dayFirst, daysFromNow } from "@/testing/dates";

// Expiry dates relative to today, so no row turns "already expired" as the calendar moves on.
export const expiry = daysFromNow(200);
export const fixedExpiry = daysFromNow(230);

export const asActor = (person: User): Actor => ({
  id: person.id,
  email: person.email,
  name: person.name,
  role: person.role,
});
export const bytes = (text: string) => new TextEncoder().encode(text);
// Built at run time so no scanner mistakes this test file for a leak.
export const githubToken = ["ghp", "R8x2Kq9LmZ4vT7wB1nC5dF3gH6jP0sY2aE4u"].join("_");
export const awsKey = ["AKIA", "IOSFODNN7EXAMPLQ"].join("");

export const headers = [
  "Token name",
  "Vendor",
  "Env",
  "Used for",
  "What breaks",
  "Vault",
  "Scopes",
  "Owner e-mail",
  "Deputy",
  "Team",
  "Issued",
  "Expiry date",
  "Rotate every (days)",
  "Last rotated",
  "Criticality",
  "Console link",
  "Tags",
  "Notes",
];
export type Row = Record<string, string>;

/** Filled in by setUpImportPeople before the tests run. */
export const people = {} as { admin: User; owners: User[] };

export async function setUpImportPeople() {
  people.admin = await createPerson({ role: "admin", email: "ada.admin@example.test" });
  people.owners = await Promise.all(
    ["finn", "mia", "oli"].map((name) => createPerson({ role: "editor", email: `${name}.import@example.test` })),
  );
  await createPerson({ role: "editor", email: "leaver.import@example.test", active: false });
  await createTeam("Marketing Ops");
  await createTokenRecord({
    name: "Existing Stripe key",
    service: "Stripe",
    environment: "production",
    ownerId: people.owners[0].id,
  });
}

export const services = ["HubSpot", "Stripe", "Slack", "Google Analytics", "Xero"];
export const environments = ["Production", "prod", "staging", "dev", "test", "live"];

export function goodRow(i: number): Row {
  return {
    "Token name": `Report key ${i}`,
    Vendor: services[i % services.length],
    Env: environments[i % environments.length],
    "Used for": `Pulls numbers for report ${i}, weekly`,
    "What breaks": "Weekly report; Board dashboard",
    Vault: "1Password › Marketing vault",
    Scopes: "read-only",
    "Owner e-mail": people.owners[i % 3].email.toUpperCase(),
    Deputy: people.owners[(i + 1) % 3].email,
    Team: i % 2 ? "marketing ops" : "",
    Issued: "2026-01-15",
    "Expiry date": i % 10 === 0 ? "Never" : dayFirst(expiry),
    "Rotate every (days)": i % 4 ? "90" : "",
    "Last rotated": "",
    Criticality: ["low", "Medium", "HIGH", "critical"][i % 4],
    "Console link": "https://app.example.com/settings/keys",
    Tags: "marketing, reporting",
    Notes: "",
  };
}

export const toCsv = (rows: Row[]) => stringify(rows, { header: true, columns: headers });

export const request = (csvText: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  fileName: "tokens.csv",
  csvText,
  mapping: guessColumnMapping(readCsv(csvText).headers),
  dateOrder: "dmy",
  ...extra,
});
