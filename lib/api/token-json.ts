import type { z } from "zod";
import type { TokenWithRelations } from "@/lib/tokens/token-snapshot";
import type { TokenStatus } from "@/lib/tokens/token-status";
import type { tokenJsonSchema } from "./api-schemas";

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const person = (p: { id: string; name: string; email: string } | null) => (p ? { id: p.id, name: p.name, email: p.email } : null);

/** A token as the API shows it: every field a person sees on its page, its status in words' keys, and its version. */
export function tokenJson(token: TokenWithRelations, status: TokenStatus): z.output<typeof tokenJsonSchema> {
  return {
    id: token.id,
    name: token.name,
    service: token.service,
    purpose: token.purpose,
    dependents: token.dependents.map((d) => d.name),
    environment: token.environment,
    secretLocation: token.secretLocation,
    scopes: token.scopes,
    owner: person(token.owner)!,
    backup: person(token.backup),
    team: token.team,
    issuedOn: day(token.issuedOn),
    expiresOn: day(token.expiresOn),
    rotateEveryDays: token.rotateEveryDays,
    lastRotatedOn: day(token.lastRotatedOn),
    rotationDueOn: day(token.rotationDueOn),
    criticality: token.criticality,
    consoleUrl: token.consoleUrl,
    tags: token.tags.map((t) => t.name),
    notes: token.notes,
    state: token.state,
    status,
    version: token.updatedAt.toISOString(),
  };
}
