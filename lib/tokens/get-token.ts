import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { mayEditToken } from "./token-access";
import { tokenWithRelations } from "./token-snapshot";

/** Everyone signed in may read any token (the point is to answer "who owns this?"). */
export async function getToken(actor: Actor | null, tokenId: string) {
  const me = await authorize(actor, "token.view", isSignedIn, { type: "token", id: tokenId });
  const [token, editable] = await Promise.all([
    db.token.findUnique({ where: { id: tokenId }, include: tokenWithRelations }),
    mayEditToken(me, tokenId),
  ]);
  if (!token) throw new NotFoundError("That token doesn't exist. It may have been removed, or the link is incomplete.");
  return { token, editable };
}
