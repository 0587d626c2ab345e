import type { Prisma } from "@/lib/generated/prisma/client";

export const tokenWithRelations = {
  owner: { select: { id: true, name: true, email: true, active: true } },
  backup: { select: { id: true, name: true, email: true, active: true } },
  problemReporter: { select: { name: true } },
  team: { select: { id: true, name: true } },
  dependents: { select: { name: true }, orderBy: { position: "asc" } },
  tags: { select: { name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.TokenInclude;

export type TokenWithRelations = Prisma.TokenGetPayload<{ include: typeof tokenWithRelations }>;

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** The parts of a token the snapshot reads: its own fields, and the names of who and what it links to. */
type SnapshotFields =
  | "name"
  | "service"
  | "purpose"
  | "environment"
  | "secretLocation"
  | "scopes"
  | "issuedOn"
  | "expiresOn"
  | "rotateEveryDays"
  | "lastRotatedOn"
  | "criticality"
  | "consoleUrl"
  | "notes"
  | "state";
export type SnapshotSource = Pick<TokenWithRelations, SnapshotFields | "dependents" | "tags"> & {
  owner: { email: string };
  backup: { email: string } | null;
  team: { name: string } | null;
};

/** What the audit log keeps of a token before and after a change: every field a person can see. */
export function tokenSnapshot(token: SnapshotSource) {
  return {
    name: token.name,
    service: token.service,
    purpose: token.purpose,
    dependents: token.dependents.map((d) => d.name),
    environment: token.environment,
    secretLocation: token.secretLocation,
    scopes: token.scopes,
    owner: token.owner.email,
    backup: token.backup?.email ?? null,
    team: token.team?.name ?? null,
    issuedOn: day(token.issuedOn),
    expiresOn: day(token.expiresOn),
    rotateEveryDays: token.rotateEveryDays,
    lastRotatedOn: day(token.lastRotatedOn),
    criticality: token.criticality,
    consoleUrl: token.consoleUrl,
    tags: token.tags.map((t) => t.name),
    notes: token.notes,
    state: token.state,
  };
}
