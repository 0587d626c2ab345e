import type { RunKind, TokenState } from "@/lib/generated/prisma/enums";

export const runKindWords: Record<RunKind, { noun: string; inProgress: string }> = {
  rotation: { noun: "rotation", inProgress: "Rotation in progress" },
  practice: { noun: "practice run", inProgress: "Practice run in progress" },
  emergency: { noun: "emergency replacement", inProgress: "Emergency replacement in progress" },
};

type TokenForRun = { state: TokenState; compromisedAt: Date | null };

/**
 * Which runs make sense now: a leaked token (reported, or revoked after a report) only gets the
 * emergency path; a healthy one a rotation or a practice; a retired one nothing.
 */
export function allowedRunKinds(token: TokenForRun): RunKind[] {
  if (token.state === "retired") return [];
  if (token.state === "compromised") return ["emergency"];
  if (token.state === "revoked") return token.compromisedAt ? ["emergency"] : ["rotation"];
  return ["rotation", "practice"];
}
