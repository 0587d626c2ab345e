import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** True until the first token is added: the home page then shows first steps instead of empty cards. */
export async function isFreshInstall(actor: Actor | null) {
  await authorize(actor, "dashboard.view", isSignedIn);
  return (await db.token.findFirst({ select: { id: true } })) === null;
}
