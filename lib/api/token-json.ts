import type { z } from "zod";
import { tokenSnapshot, type TokenWithRelations } from "@/lib/tokens/token-snapshot";
import type { TokenStatus } from "@/lib/tokens/token-status";
import type { tokenJsonSchema } from "./api-schemas";

const person = (p: { id: string; name: string; email: string } | null) =>
  p ? { id: p.id, name: p.name, email: p.email } : null;

/** A token as the API shows it: what its history keeps of it, people with their ids, its status and its version. */
export function tokenJson(token: TokenWithRelations, status: TokenStatus): z.output<typeof tokenJsonSchema> {
  return {
    id: token.id,
    ...tokenSnapshot(token),
    owner: person(token.owner)!,
    backup: person(token.backup),
    team: token.team,
    rotationDueOn: token.rotationDueOn?.toISOString().slice(0, 10) ?? null,
    status,
    version: token.updatedAt.toISOString(),
  };
}
