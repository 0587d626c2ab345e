import { noBackup, type TokenInput } from "./schema";
import type { TokenWithRelations } from "./token-snapshot";

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

/** A stored token as the edit form's starting values. */
export function tokenFormValues(token: TokenWithRelations): TokenInput {
  return {
    name: token.name,
    service: token.service,
    purpose: token.purpose,
    dependents: token.dependents.map((d) => d.name),
    environment: token.environment,
    secretLocation: token.secretLocation,
    scopes: token.scopes ?? "",
    ownerId: token.ownerId,
    backupId: token.backupId ?? noBackup,
    teamId: token.teamId ?? "",
    issuedOn: day(token.issuedOn),
    expiresOn: day(token.expiresOn),
    doesNotExpire: token.expiresOn === null,
    rotateEveryDays: token.rotateEveryDays ?? "",
    lastRotatedOn: day(token.lastRotatedOn),
    criticality: token.criticality,
    consoleUrl: token.consoleUrl ?? "",
    tags: token.tags.map((t) => t.name),
    notes: token.notes ?? "",
    version: token.updatedAt.toISOString(),
  };
}

export const emptyTokenFormValues = (ownerId: string): TokenInput => ({
  name: "",
  service: "",
  purpose: "",
  dependents: [""],
  environment: "production",
  secretLocation: "",
  scopes: "",
  ownerId,
  backupId: noBackup,
  teamId: "",
  issuedOn: "",
  expiresOn: "",
  doesNotExpire: false,
  rotateEveryDays: "",
  lastRotatedOn: "",
  criticality: "medium",
  consoleUrl: "",
  tags: [],
  notes: "",
});
