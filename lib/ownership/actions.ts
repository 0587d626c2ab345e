"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { parseAtTheDoor } from "@/lib/validation/action-input";
import { assignTokens } from "./assign-tokens";
import { handOverAndDeactivate } from "./hand-over-tokens";
import { bulkAssignSchema, handOverSchema, type BulkAssignInput, type HandOverInput } from "./schema";

const tokens = (count: number) => (count === 1 ? "1 token" : `${count} tokens`);

export async function assignTokensAction(input: BulkAssignInput): Promise<ActionState> {
  const parsed = await parseAtTheDoor(bulkAssignSchema, input);
  if (!parsed.ok) return parsed.state;
  return runAction(async (actor) => {
    const { person, role, changed, unchanged } = await assignTokens(actor, input);
    revalidatePath("/", "layout");
    const already = unchanged ? ` ${tokens(unchanged)} already had them.` : "";
    return `${person.name} is now the ${role} of ${tokens(changed + unchanged)}.${already}`;
  });
}

export async function handOverAction(input: HandOverInput): Promise<ActionState> {
  const parsed = await parseAtTheDoor(handOverSchema, input);
  if (!parsed.ok) return parsed.state;
  return runAction(async (actor) => {
    const { leaver, handedOver, leftOpen } = await handOverAndDeactivate(actor, input);
    revalidatePath("/", "layout");
    const left = leftOpen
      ? ` ${tokens(leftOpen)} left without a new owner or backup; they are listed on the Ownership page.`
      : "";
    return `${leaver.name} is deactivated and was signed out everywhere. ${tokens(handedOver)} handed over.${left}`;
  });
}
