import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { tokenListSelect } from "@/lib/tokens/list-tokens";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { type TokenStatus, tokenStatus } from "@/lib/tokens/token-status";
import { heldTokensWhere } from "./held-tokens";

/** What needs the person first: broken or leaked before soon-due, soon-due before merely imperfect. */
const urgency: TokenStatus[] = ["expired", "compromised", "expiring_soon", "rotation_overdue", "holder_left", "no_backup", "no_expiry", "healthy", "revoked", "retired"];

const expiryOrder = (date: Date | null) => date?.getTime() ?? Number.POSITIVE_INFINITY;

/** The tokens the signed-in person owns or backs up, most urgent first. */
export async function listMyTokens(actor: Actor | null, now = new Date()) {
  const me = await authorize(actor, "token.list_mine", isSignedIn);
  const [rows, clock] = await Promise.all([db.token.findMany({ where: heldTokensWhere(me.id), select: tokenListSelect }), readStatusClock(now)]);
  return rows
    .map((row) => ({ ...row, status: tokenStatus(row, clock), role: row.owner.id === me.id ? ("owner" as const) : ("backup" as const) }))
    .sort(
      (a, b) =>
        urgency.indexOf(a.status) - urgency.indexOf(b.status) ||
        expiryOrder(a.expiresOn) - expiryOrder(b.expiresOn) ||
        a.name.localeCompare(b.name),
    );
}

export type MyToken = Awaited<ReturnType<typeof listMyTokens>>[number];
