import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { tokenListSelect } from "@/lib/tokens/list-tokens";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { type TokenStatus, tokenStatus } from "@/lib/tokens/token-status";
import { heldTokensWhere } from "./held-tokens";

/** What needs the person first: broken or leaked before soon-due, soon-due before merely imperfect. */
const urgency: TokenStatus[] = [
  "expired",
  "compromised",
  "expiring_soon",
  "rotation_overdue",
  "holder_left",
  "no_backup",
  "no_expiry",
  "healthy",
  "revoked",
  "retired",
];

/**
 * The page lists this many, most urgent first (a screenful of cards to act on, light on a phone); the
 * token list, filtered to the person, has them all one link away.
 */
export const myTokensShown = 50;

const expiryOrder = (date: Date | null) => date?.getTime() ?? Number.POSITIVE_INFINITY;

/**
 * The tokens the signed-in person owns or backs up, most urgent first. Every held token is ranked
 * from the few fields status needs; whole rows are read only for the ones shown.
 */
export async function listMyTokens(actor: Actor | null, now = new Date()) {
  const me = await authorize(actor, "token.list_mine", isSignedIn);
  const [held, clock] = await Promise.all([
    db.token.findMany({
      where: heldTokensWhere(me.id),
      select: {
        id: true,
        name: true,
        state: true,
        criticality: true,
        expiresOn: true,
        rotationDueOn: true,
        backupId: true,
        owner: { select: { active: true } },
        backup: { select: { active: true } },
      },
    }),
    readStatusClock(now),
  ]);
  const ranked = held
    .map((row) => ({ ...row, status: tokenStatus(row, clock) }))
    .sort(
      (a, b) =>
        urgency.indexOf(a.status) - urgency.indexOf(b.status) ||
        expiryOrder(a.expiresOn) - expiryOrder(b.expiresOn) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, myTokensShown);
  const rows = new Map(
    (await db.token.findMany({ where: { id: { in: ranked.map((row) => row.id) } }, select: tokenListSelect })).map(
      (row) => [row.id, row],
    ),
  );
  const tokens = ranked.flatMap(({ id, status }) => {
    const row = rows.get(id);
    return row ? [{ ...row, status, role: row.owner.id === me.id ? ("owner" as const) : ("backup" as const) }] : [];
  });
  return { total: held.length, tokens, allHref: `/tokens?owner=${encodeURIComponent(me.id)}` };
}

export type MyToken = Awaited<ReturnType<typeof listMyTokens>>["tokens"][number];
