import { describeError } from "@/lib/http/describe-error";
import type { Actor } from "./actor";
import { currentActor } from "./current-actor";

export type ActionState = { ok?: boolean; message?: string; fields?: Record<string, string> };

/** Every server action: resolve the actor, run one domain call, and turn any error into plain words. */
export async function runAction(work: (actor: Actor | null) => Promise<string | ActionState>): Promise<ActionState> {
  try {
    const result = await work(await currentActor());
    return typeof result === "string" ? { ok: true, message: result } : result;
  } catch (error) {
    const { message, fields } = describeError(error);
    return { ok: false, message, fields };
  }
}
